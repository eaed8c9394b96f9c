-- The reports with more than one mention of which a stored mention is about to be pointed at
-- another event (registered `_merge_assignments(mention_id, event_id)`, before the update):
-- MENTIONS_IN_REPORT_ORDER writes their mentions again in report order (warehouse/merge_store.py).
SELECT r.article_id FROM event_mentions r
WHERE r.article_id IN (
    SELECT m.article_id FROM event_mentions m JOIN _merge_assignments x USING (mention_id)
    WHERE m.event_id IS NOT NULL AND m.event_id IS DISTINCT FROM x.event_id)
GROUP BY r.article_id HAVING count(*) > 1
ORDER BY r.article_id
