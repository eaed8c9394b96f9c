-- The latest events with their sources (report table): one row per event, its reports as a list.
-- The `$limit` latest events that have a stored report (`event_source_lists`) are taken first, and
-- only their sources gathered (gathering every event's sources since `$since`, then keeping a few,
-- took seconds).
WITH latest AS (
    SELECT e.event_id, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location,
           e.admin1, e.country, e.fatalities, e.n_articles, e.last_seen
    FROM events e
    WHERE ($since IS NULL OR e.event_date >= $since)
      AND e.event_id IN (SELECT event_id FROM event_source_lists)  -- events with a stored report (0056)
    ORDER BY e.event_date DESC NULLS LAST, e.last_seen DESC NULLS LAST, e.event_id
    LIMIT $limit
)
SELECT l.event_id, l.event_date, l.event_type, l.sub_event_type, l.actor1, l.actor2, l.location,
       l.admin1, l.country, l.fatalities, l.n_articles,
       list(struct_pack(outlet := coalesce(nullif(a.outlet, ''), a.site_name), url := a.url, title := a.title)
            ORDER BY a.published_at NULLS LAST, a.article_id) AS sources
FROM latest l
JOIN event_mentions m USING (event_id)
JOIN articles a USING (article_id)
GROUP BY ALL
ORDER BY l.event_date DESC NULLS LAST, max(l.last_seen) DESC NULLS LAST, l.event_id
