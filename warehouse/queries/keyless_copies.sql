-- Stored reports without story evidence, in a story, that are one of the registered
-- `_keyless_probe(article_id)` or copy one (warehouse/keyless_stories.refollow_copies): their root,
-- story and publication time.
SELECT a.article_id, f.root_article_id, a.story_id, f.published_at
FROM articles a
JOIN article_fingerprints f USING (article_id)
WHERE (a.article_id IN (SELECT article_id FROM _keyless_probe)
       OR f.root_article_id IN (SELECT article_id FROM _keyless_probe))
  AND a.article_id NOT IN (SELECT article_id FROM story_evidence) AND a.story_id IS NOT NULL
