-- Located events (report map).
SELECT event_id, event_date, event_type, location, country, fatalities, latitude, longitude
FROM events
WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND ($since IS NULL OR event_date >= $since)
ORDER BY fatalities DESC, event_id
LIMIT $limit
