-- Stored reports without story evidence that copy nothing (warehouse/headline_followers.py), in an
-- absorbed story (registered `_headline_gone(story_id)`) or sharing a headline band with an article
-- the run decides (`_headline_probe(article_id)`: stored bands; new articles: `_story_links`).
SELECT a.article_id, a.story_id, f.published_at FROM articles a JOIN article_fingerprints f USING (article_id)
WHERE a.story_id IS NOT NULL AND f.root_article_id = a.article_id
  AND a.article_id NOT IN (SELECT article_id FROM story_evidence)
  AND (a.story_id IN (SELECT story_id FROM _headline_gone)
       OR a.article_id IN (SELECT article_id FROM _headline_probe)
       OR a.article_id IN (
           SELECT b2.article_id FROM lsh_bands b1 JOIN _headline_probe p ON b1.article_id = p.article_id
           JOIN lsh_bands b2 ON b1.band_key = b2.band_key
           WHERE b1.kind = 'title' AND b2.kind = 'title'))
ORDER BY a.article_id
