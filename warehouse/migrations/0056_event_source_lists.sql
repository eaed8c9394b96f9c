-- 0056_event_source_lists: each event's reports counted and its outlets listed, stored, so
-- `acled_events` and the report queries read one row an event instead of joining every mention
-- with its article (over a second at a million events). Kept current inside every write
-- transaction that changes an event's reports (`warehouse/event_sources.py`, from
-- `warehouse/writes/refresh_event_sources.sql`); filled here from the rows already stored.
CREATE TABLE IF NOT EXISTS event_source_lists (
    event_id  VARCHAR NOT NULL,
    reports   INTEGER NOT NULL,   -- mentions of the event whose article is stored
    source    VARCHAR             -- acled_events.source: the distinct outlets, sorted, '; '-joined
);

INSERT INTO event_source_lists (event_id, reports, source)
SELECT m.event_id, count(*),
       string_agg(DISTINCT coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url), '; '
                  ORDER BY coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url))
FROM event_mentions m
JOIN articles a USING (article_id)
WHERE m.event_id IS NOT NULL
  AND m.event_id NOT IN (SELECT event_id FROM event_source_lists)
GROUP BY m.event_id;

-- 0022's view, the same columns and rows, with `source` read from the stored lists.
CREATE OR REPLACE VIEW acled_events AS
WITH coded AS (
    SELECT e.*,
           coalesce(k1.inter_code, 0) AS inter1,
           CASE WHEN coalesce(e.actor2, '') = '' THEN 0 ELSE coalesce(k2.inter_code, 0) END AS inter2,
           t.disorder_type
    FROM events e
    LEFT JOIN actor_kinds k1 ON k1.kind = e.actor1_kind
    LEFT JOIN actor_kinds k2 ON k2.kind = e.actor2_kind
    LEFT JOIN event_types t ON t.event_type = e.event_type AND t.sub_event_type = e.sub_event_type
)
SELECT
    coalesce(nullif(c.iso3, ''), 'XXX') || substr(c.event_id, 4)          AS event_id_cnty,
    c.event_date                                                          AS event_date,
    year(c.event_date)::INTEGER                                           AS year,
    coalesce(c.time_precision, 1)                                         AS time_precision,
    coalesce(c.disorder_type, '')                                         AS disorder_type,
    c.event_type                                                          AS event_type,
    coalesce(c.sub_event_type, '')                                        AS sub_event_type,
    coalesce(c.actor1, '')                                                AS actor1,
    ''                                                                    AS assoc_actor_1,
    c.inter1                                                              AS inter1,
    coalesce(c.actor2, '')                                                AS actor2,
    ''                                                                    AS assoc_actor_2,
    c.inter2                                                              AS inter2,
    CASE WHEN c.inter2 = 0 THEN c.inter1 * 10
         ELSE least(c.inter1, c.inter2) * 10 + greatest(c.inter1, c.inter2) END AS interaction,
    CASE WHEN c.event_type = 'Violence against civilians' OR c.actor2_kind = 'civilians'
         THEN 'Civilian targeting' ELSE '' END                            AS civilian_targeting,
    c.iso_numeric                                                         AS iso,
    coalesce(c.region, '')                                                AS region,
    coalesce(c.country, '')                                               AS country,
    coalesce(c.admin1, '')                                                AS admin1,
    coalesce(c.admin2, '')                                                AS admin2,
    ''                                                                    AS admin3,
    coalesce(c.location, '')                                              AS location,
    c.latitude                                                            AS latitude,
    c.longitude                                                           AS longitude,
    coalesce(c.geo_precision, 3)                                          AS geo_precision,
    coalesce(s.source, '')                                                AS source,
    ''                                                                    AS source_scale,
    concat('On ', strftime(c.event_date, '%-d %B %Y'),
           CASE WHEN coalesce(c.location, '') <> '' THEN ', in ' || c.location ELSE '' END,
           CASE WHEN coalesce(c.admin1, '') NOT IN ('', c.location) THEN ' (' || c.admin1 || ')' ELSE '' END,
           ': ', coalesce(nullif(c.evidence, ''), c.event_type || ' (no evidence sentence stored).'),
           CASE WHEN c.fatalities_max > c.fatalities_min
                THEN ' [fatalities reported: ' || c.fatalities_min || '-' || c.fatalities_max || ']'
                ELSE '' END)                                              AS notes,
    coalesce(c.fatalities, 0)                                             AS fatalities,
    CASE WHEN c.event_type IN ('Protests', 'Riots') THEN 'crowd size=no report' ELSE '' END AS tags,
    epoch(coalesce(c.last_updated_at, c.first_reported_at, c.first_seen))::BIGINT AS timestamp
FROM coded c
LEFT JOIN event_source_lists s ON s.event_id = c.event_id;
