"""Each event's report count and outlet list worked out afresh from the mentions, to compare with
the stored `event_source_lists` table the writers keep (migration 0056)."""

FRESH_SOURCE_LISTS = """
SELECT m.event_id, count(*)::INTEGER,
       string_agg(DISTINCT coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url), '; '
                  ORDER BY coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url))
FROM event_mentions m JOIN articles a USING (article_id)
WHERE m.event_id IS NOT NULL
GROUP BY 1 ORDER BY 1
"""
