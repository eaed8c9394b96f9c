-- Stored story evidence (and story) of the reports that share a key with one of the registered
-- `_story_probe(key, kind, lo, hi)` rows and whose days lie within its window (warehouse/story_store.py):
-- a report's own blocking keys ('own') meet the other's probe keys or own keys, never probe with probe.
SELECT e.article_id, e.evidence, a.story_id
FROM story_evidence e
LEFT JOIN articles a USING (article_id)
WHERE e.article_id IN (
    SELECT k.article_id FROM story_keys k JOIN _story_probe p ON k.key = p.key
    WHERE (k.kind = 'own' OR p.kind = 'own') AND k.anchor_lo <= p.hi AND k.anchor_hi >= p.lo)
ORDER BY e.article_id
