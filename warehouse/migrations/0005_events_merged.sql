-- 0005_events_merged: an event id never stops resolving. When a later report bridges two events
-- (merge) or a reprocess drops an event (retire), the old id keeps a row here saying where it went.
--   absorbed_event_id  the id that no longer has a row in `events`
--   into_event_id      the surviving event it was merged into; NULL when retired without a successor
--   reason             'merged' | 'retired'
--   run_id             the run (ingest or reprocess) that did it; `runs.run_id`
CREATE TABLE IF NOT EXISTS events_merged (
    absorbed_event_id  VARCHAR PRIMARY KEY,
    into_event_id      VARCHAR,
    reason             VARCHAR NOT NULL,
    run_id             VARCHAR,
    merged_at          TIMESTAMP NOT NULL
);
