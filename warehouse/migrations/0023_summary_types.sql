-- 0023_summary_types: the summary view's sums as BIGINT (DuckDB sums INTEGER columns to HUGEINT,
-- which CSV/Parquet readers and pandas handle poorly).
CREATE OR REPLACE VIEW daily_country_summary AS
SELECT event_date, country, event_type,
       count(*) AS events, sum(fatalities)::BIGINT AS fatalities, sum(n_articles)::BIGINT AS reports
FROM events
GROUP BY ALL;
