-- Fatalities and events per country (report chart).
SELECT country, sum(fatalities)::BIGINT AS fatalities, count(*) AS events
FROM events
WHERE country <> '' AND ($since IS NULL OR event_date >= $since)
GROUP BY ALL
ORDER BY fatalities DESC, events DESC, country
