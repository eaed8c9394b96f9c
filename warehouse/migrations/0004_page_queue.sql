-- 0004_page_queue: links waiting to be fetched, so nothing a feed announced is lost when a
-- page fails transiently or a run reaches its page cap (the feed may answer 304 next time).
CREATE TABLE IF NOT EXISTS page_queue (
    url_key          VARCHAR PRIMARY KEY,
    link             VARCHAR,
    feed_url         VARCHAR,
    outlet           VARCHAR,
    title            VARCHAR,
    guid             VARCHAR,
    published_at     TIMESTAMP,
    summary          VARCHAR,
    language         VARCHAR,
    attempts         INTEGER DEFAULT 0,
    last_error       VARCHAR,
    queued_at        TIMESTAMP,
    next_attempt_at  TIMESTAMP
);

-- The run summary's newer counts.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS pages_queued INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS near_duplicates INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS feeds_not_due INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS not_articles INTEGER;
