-- Mentions a stored undated report lost when it was coded again from its story's day
-- (warehouse/redating_store.py). $ids: the mention ids.
DELETE FROM event_mentions WHERE mention_id IN (SELECT unnest($ids::VARCHAR[]))
