-- How many events have coordinates (report map caption).
SELECT count(*) FROM events
WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND ($since IS NULL OR event_date >= $since)
