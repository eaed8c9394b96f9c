-- 0051_acled_events_lazy_source: `acled_events` as in 0022, but its `source` column (the outlets of
-- an event's reports) is gathered per event the query keeps, not for every event before any filter:
-- a filtered query on 1M events (worked query 10) took seconds building the sources of all of them.
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
    coalesce((SELECT string_agg(DISTINCT coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url), '; '
                                ORDER BY coalesce(nullif(a.outlet, ''), nullif(a.site_name, ''), a.url))
              FROM event_mentions m
              JOIN articles a USING (article_id)
              WHERE m.event_id = c.event_id), '')                         AS source,
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
FROM coded c;
