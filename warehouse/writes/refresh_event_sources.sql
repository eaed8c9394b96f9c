-- The stored report count and outlet list (`event_source_lists`, migration 0056) of the events
-- in the registered table `_source_events(event_id)`, computed again from their mentions and
-- articles as they are now; an event left without reports loses its row. Runs inside the
-- writer's transaction, after its mentions, articles and events are written.
DELETE FROM event_source_lists WHERE event_id IN (SELECT event_id FROM _source_events);
INSERT INTO event_source_lists (event_id, reports, source)
SELECT m.event_id, count(*),
       string_agg(DISTINCT coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url), '; '
                  ORDER BY coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url))
FROM event_mentions m
JOIN articles a USING (article_id)
WHERE m.event_id IN (SELECT event_id FROM _source_events)
GROUP BY m.event_id;
