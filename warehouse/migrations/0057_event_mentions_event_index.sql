-- 0057_event_mentions_event_index: an index on the event of each mention. A join from a few
-- events to their mentions (one event's reports, the latest events' sources, a country's week)
-- then looks the mentions up instead of reading every mention's event id: DuckDB turns a join
-- whose smaller side holds at most `dynamic_or_filter_threshold` keys into an IN-list that an index
-- answers (the warehouse's connections raise that threshold and DuckDB's index-scan limit:
-- warehouse/connection.py).
CREATE INDEX IF NOT EXISTS event_mentions_event_id ON event_mentions (event_id);
