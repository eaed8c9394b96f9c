-- The articles to reprocess with the stored page of each (warehouse/reprocess_store.stored_pages):
-- the stored pages are the run's files or `raw_pages` (`raw_page_index`); their bodies are read by
-- `raw_store.raw_page_bodies`. $since: the first day (NULL: all); $ids: the article ids.
SELECT a.article_id, s.url_key, a.feed_url, a.title, a.published_at, a.outlet, f.name, f.language
FROM articles a
JOIN (
    SELECT article_id, arg_max(url_key, first_seen) AS url_key FROM seen_urls
    WHERE outcome IN ('article', 'not_article') AND article_id IS NOT NULL
      AND url_key IN (SELECT url_key FROM raw_page_index)
    GROUP BY article_id
) s USING (article_id)
LEFT JOIN feeds f ON f.feed_url = a.feed_url
WHERE ($since IS NULL OR coalesce(a.published_at, a.fetched_at) >= $since)
  AND a.article_id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY coalesce(a.published_at, a.fetched_at), a.article_id
