-- Every article of the window in publication order, and whether it has a stored page
-- (warehouse/reprocess_store.stored_article_ids). $since: the first day (NULL: all).
SELECT a.article_id, EXISTS (SELECT 1 FROM seen_urls s JOIN raw_page_index r USING (url_key)
       WHERE s.article_id = a.article_id AND s.outcome IN ('article', 'not_article'))
FROM articles a WHERE ($since IS NULL OR coalesce(a.published_at, a.fetched_at) >= $since)
ORDER BY coalesce(a.published_at, a.fetched_at), a.article_id
