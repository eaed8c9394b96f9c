-- The latest events with their sources (report table): one row per event, its reports as a list.
SELECT e.event_id, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location,
       e.admin1, e.country, e.fatalities, e.n_articles,
       list(struct_pack(outlet := coalesce(nullif(a.outlet, ''), a.site_name), url := a.url, title := a.title)
            ORDER BY a.published_at NULLS LAST, a.article_id) AS sources
FROM events e
JOIN event_mentions m USING (event_id)
JOIN articles a USING (article_id)
WHERE ($since IS NULL OR e.event_date >= $since)
GROUP BY ALL
ORDER BY e.event_date DESC NULLS LAST, max(e.last_seen) DESC NULLS LAST, e.event_id
LIMIT $limit
