-- Stored fingerprints a run's new articles may copy or be copied by (warehouse/copy_store.py): the
-- same content hash (registered `_copies_hashes(h)`), a copy of one of the roots (`_copies_roots(r)`),
-- or a body band key (`_copies_keys(k)`) within the window; the MinHash signature only where it was
-- made with this setting. $setting: the near-duplicate setting's label; $since, $until: the window.
SELECT f.article_id, f.published_at, f.content_hash, f.root_article_id, f.similarity,
       CASE WHEN f.setting = $setting THEN f.signature END
FROM article_fingerprints f
WHERE f.content_hash IN (SELECT h FROM _copies_hashes)
   OR f.root_article_id IN (SELECT r FROM _copies_roots)
   OR (f.article_id IN (SELECT b.article_id FROM lsh_bands b JOIN _copies_keys ON b.band_key = k
                        WHERE b.kind = 'body')
       AND (f.published_at IS NULL OR f.published_at BETWEEN $since AND $until))
ORDER BY f.article_id
