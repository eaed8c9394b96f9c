-- Stored undated articles story linking looked at again (flows/story_days.py): what coding them
-- again needs, the story time they were last coded from (`story_published_at`, NULL: their own date) and
-- their mention ids. $ids: the article ids.
SELECT a.article_id, a.url, a.canonical_url, a.title, a.text, a.published_at, a.fetched_at,
       a.language, a.site_name, a.dateline, a.page_kind, a.content_hash, coalesce(a.outlet, ''),
       a.date_source, a.story_published_at,
       list(m.mention_id ORDER BY m.mention_id) FILTER (WHERE m.mention_id IS NOT NULL),
       list(DISTINCT m.event_id) FILTER (WHERE m.event_id IS NOT NULL)
FROM articles a
LEFT JOIN event_mentions m USING (article_id)
WHERE a.article_id IN (SELECT unnest($ids::VARCHAR[])) AND a.page_kind = 'article'
GROUP BY ALL
ORDER BY a.article_id
