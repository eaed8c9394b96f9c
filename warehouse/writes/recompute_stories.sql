-- The `stories` rows of the stories in the registered table `_dedup_stories(story_id)` computed
-- again from their articles (warehouse/dedup_store.recompute_stories): first and latest report of a
-- story by publication time (fetch time when unknown), ties by id.
INSERT OR REPLACE INTO stories
    (story_id, title, first_article_id, latest_article_id, first_published, latest_published, size)
SELECT a.story_id,
       arg_min(a.title, struct_pack(t := coalesce(a.published_at, a.fetched_at), id := a.article_id)),
       arg_min(a.article_id, struct_pack(t := coalesce(a.published_at, a.fetched_at), id := a.article_id)),
       arg_max(a.article_id, struct_pack(t := coalesce(a.published_at, a.fetched_at), id := a.article_id)),
       min(coalesce(a.published_at, a.fetched_at)),
       max(coalesce(a.published_at, a.fetched_at)),
       count(*)
FROM articles a JOIN _dedup_stories s USING (story_id)
GROUP BY a.story_id;
