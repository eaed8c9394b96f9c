-- An event with one row per report (warehouse/history.event_with_sources: `conflictwire event`),
-- earliest report first. $id: the current event id.
SELECT e.event_id, e.event_date, e.event_type, e.sub_event_type, e.location, e.admin1, e.country,
       e.fatalities, s.outlet, s.published_at, s.reported_fatalities, s.sentence, s.url
FROM events e
JOIN event_sources s USING (event_id)
WHERE e.event_id = $id
ORDER BY s.published_at NULLS LAST, s.mention_id
