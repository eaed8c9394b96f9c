-- The events of the registered table `_history_retired(old, new)` retired (warehouse/history.py
-- `retire_events`): deleted; ids that pointed at them point at their successor `new`; each keeps an
-- `events_merged` row (reason 'merged' into `new`, or 'retired' where `new` is NULL) and an
-- `event_changes` row; articles that led with them lead with the successor.
-- $run_id: the run; $now: the time recorded.
DELETE FROM events WHERE event_id IN (SELECT old FROM _history_retired);
UPDATE events_merged SET into_event_id = r.new FROM _history_retired r
WHERE events_merged.into_event_id = r.old AND r.new IS NOT NULL;
INSERT OR REPLACE INTO events_merged (absorbed_event_id, into_event_id, reason, run_id, merged_at)
SELECT old, new, CASE WHEN new IS NULL THEN 'retired' ELSE 'merged' END, $run_id, $now
FROM _history_retired;
INSERT INTO event_changes (run_id, event_id, change, into_event_id, changed_at)
SELECT $run_id, old, CASE WHEN new IS NULL THEN 'retired' ELSE 'merged' END, new, $now
FROM _history_retired;
UPDATE article_fingerprints SET lead_event_id = r.new FROM _history_retired r
WHERE article_fingerprints.lead_event_id = r.old;
