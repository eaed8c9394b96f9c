-- Events per day and event type (report chart).
SELECT event_date, event_type, count(*) AS events
FROM events
WHERE event_date IS NOT NULL AND ($since IS NULL OR event_date >= $since)
GROUP BY ALL
ORDER BY event_date, event_type
