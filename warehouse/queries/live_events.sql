-- Which of the given events are still in the events table (warehouse/redating_store.py).
-- $ids: the event ids.
SELECT event_id FROM events WHERE event_id IN (SELECT unnest($ids::VARCHAR[]))
