-- An article whose lead mention moves to another event (registered `_merge_moved(mention_id,
-- event_id)`, before the mentions are repointed: warehouse/merge_store.write_merge) leads with that
-- event: its `lead_event_id` is the old event of one of its own mentions.
UPDATE article_fingerprints SET lead_event_id = y.new_event FROM (
    SELECT m.article_id, m.event_id AS old_event, x.event_id AS new_event
    FROM _merge_moved x JOIN event_mentions m USING (mention_id)
    WHERE m.event_id IS NOT NULL AND m.event_id IS DISTINCT FROM x.event_id) y
WHERE article_fingerprints.article_id = y.article_id
  AND article_fingerprints.lead_event_id = y.old_event
