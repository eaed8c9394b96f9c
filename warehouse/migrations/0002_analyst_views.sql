-- 0002_analyst_views: views analysts reach for first.

-- Every event with the reports behind it: one row per (event, article).
CREATE OR REPLACE VIEW event_sources AS
SELECT e.event_id, e.event_date, e.event_type, e.sub_event_type, e.country, e.location,
       e.fatalities AS event_fatalities,
       m.mention_id, m.fatalities AS reported_fatalities, m.sentence, m.confidence,
       a.article_id, a.outlet, a.title, a.url, a.published_at
FROM events e
JOIN event_mentions m USING (event_id)
JOIN articles a USING (article_id);

-- Fatalities and event counts per country, day and event type.
CREATE OR REPLACE VIEW daily_country_summary AS
SELECT event_date, country, event_type,
       count(*) AS events, sum(fatalities) AS fatalities, sum(n_articles) AS reports
FROM events
GROUP BY ALL;

-- Health of each feed: when it was last polled, how it answered, when it is next due.
CREATE OR REPLACE VIEW feed_health AS
SELECT feed_url, name, last_status, last_error, consecutive_failures, gone,
       last_polled_at, last_success_at, next_poll_at, poll_interval_s, entries_seen
FROM feeds;
