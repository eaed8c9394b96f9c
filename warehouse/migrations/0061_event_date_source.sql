-- 0061_event_date_source: where each event's date came from, on the event itself, so an analyst
-- keeps only events dated by what a report says of itself (`date_source IN ('published', 'page',
-- 'url')`) without joining mentions. `events_dated` is `events` with one more column: the most
-- trusted `event_mentions.date_source` among the event's mentions that give it its day (those
-- whose `event_date` is the event's), else among all its mentions; NULL when none is recorded
-- (rows stored before 0060). Order of trust: extractors.models.DATE_SOURCES.
CREATE OR REPLACE VIEW events_dated AS
SELECT e.*,
       (SELECT arg_min(m.date_source,
                       [m.event_date IS DISTINCT FROM e.event_date,
                        list_position(['published', 'page', 'url', 'text', 'story', 'feed',
                                       'feed-default', 'none'], m.date_source)])
        FROM event_mentions m
        WHERE m.event_id = e.event_id AND m.date_source IS NOT NULL) AS date_source
FROM events e;
