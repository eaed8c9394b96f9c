-- 0021_event_history: what each run did to events, and how any saved event id resolves.

-- One row per event a run added, changed (any column but `last_updated_at`), merged into
-- another, or retired (a reprocess left it without reports). Written by warehouse/history.py.
CREATE TABLE IF NOT EXISTS event_changes (
    run_id         VARCHAR,            -- `runs.run_id`; NULL when written outside a run
    event_id       VARCHAR NOT NULL,
    change         VARCHAR NOT NULL,   -- added | changed | merged | retired
    into_event_id  VARCHAR,            -- merged: the surviving event
    changed_at     TIMESTAMP NOT NULL
);

ALTER TABLE runs ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'ingest';
ALTER TABLE runs ADD COLUMN IF NOT EXISTS since DATE;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS articles_reprocessed INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS events_added INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS events_changed INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS events_merged INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS events_retired INTEGER;

-- Every event id ever issued, with the event it lives on in now. An id in `events` is current;
-- an absorbed id follows `events_merged` hop by hop to a current event (status 'merged'), or
-- ends at a retirement (status 'retired', current_event_id NULL).
CREATE OR REPLACE VIEW event_ids AS
WITH RECURSIVE hops(event_id, at_id, depth) AS (
    SELECT absorbed_event_id, into_event_id, 1 FROM events_merged
    UNION ALL
    SELECT h.event_id, m.into_event_id, h.depth + 1
    FROM hops h
    JOIN events_merged m ON m.absorbed_event_id = h.at_id
    WHERE h.depth < 64 AND h.at_id NOT IN (SELECT event_id FROM events)
),
last_hop AS (
    SELECT event_id, at_id
    FROM (SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY depth DESC) AS rank FROM hops)
    WHERE rank = 1
)
SELECT e.event_id, e.event_id AS current_event_id, 'current' AS status,
       NULL::VARCHAR AS into_event_id, NULL::VARCHAR AS reason,
       NULL::TIMESTAMP AS changed_at, NULL::VARCHAR AS run_id
FROM events e
UNION ALL
SELECT m.absorbed_event_id,
       CASE WHEN l.at_id IN (SELECT event_id FROM events) THEN l.at_id END,
       CASE WHEN l.at_id IN (SELECT event_id FROM events) THEN 'merged' ELSE 'retired' END,
       m.into_event_id, m.reason, m.merged_at, m.run_id
FROM events_merged m
JOIN last_hop l ON l.event_id = m.absorbed_event_id
WHERE m.absorbed_event_id NOT IN (SELECT event_id FROM events);

-- What the latest run (ingest or reprocess) did to events, with the event as it is now.
CREATE OR REPLACE VIEW last_run_changes AS
WITH last_run AS (
    SELECT run_id, kind, started_at FROM runs
    WHERE status IS DISTINCT FROM 'failed'
    ORDER BY started_at DESC NULLS LAST, run_id DESC
    LIMIT 1
)
SELECT c.run_id, r.kind AS run_kind, r.started_at AS run_started_at, c.change, c.event_id,
       c.into_event_id, c.changed_at,
       e.event_date, e.event_type, e.sub_event_type, e.country, e.location, e.fatalities, e.n_articles
FROM event_changes c
JOIN last_run r USING (run_id)
LEFT JOIN events e ON e.event_id = coalesce(c.into_event_id, c.event_id);
