-- 0030_operations: what operating the pipeline for months needs.

-- robots.txt answers kept across runs (RFC 9309: reused for at most 24 hours), so an unchanged
-- rerun asks each host for nothing but its feed. Only 2xx and 4xx answers are kept.
CREATE TABLE IF NOT EXISTS robots_txt (
    origin      VARCHAR PRIMARY KEY,   -- scheme://host[:port]
    status      INTEGER,
    body        VARCHAR,
    fetched_at  TIMESTAMP
);

-- runs: status is now running | ok | partial | failed | interrupted. A run is recorded as
-- `running` when it starts; one that dies without finishing is marked failed by the next run.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS kind VARCHAR;            -- ingest | backfill
ALTER TABLE runs ADD COLUMN IF NOT EXISTS stage VARCHAR;           -- last stage entered (where it stopped)
ALTER TABLE runs ADD COLUMN IF NOT EXISTS pages_skipped INTEGER;   -- fetched, not stored: binary or empty body
ALTER TABLE runs ADD COLUMN IF NOT EXISTS write_lock_s DOUBLE;     -- seconds the run held the file for writing

-- seen_urls.outcome gains 'skipped': fetched, but a binary or empty body (not stored as an article).
-- Why a fetched page was not stored as an article ('binary body', 'empty body'); NULL otherwise.
ALTER TABLE fetch_log ADD COLUMN IF NOT EXISTS skipped VARCHAR;
