-- 0020_event_details: what an event carries beyond its place and toll (see warehouse/README.md),
-- and the code lists analysts join on (actor kinds with ACLED's inter codes, the event taxonomy).

ALTER TABLE events ADD COLUMN IF NOT EXISTS time_precision INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS geo_precision INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS actor1_kind VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS actor2_kind VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS actor1_country VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS actor2_country VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS iso2 VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS iso3 VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS iso_numeric INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS region VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS admin2 VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS evidence VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS best_mention_id VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS first_reported_at TIMESTAMP;
ALTER TABLE events ADD COLUMN IF NOT EXISTS last_updated_at TIMESTAMP;

-- The actor kinds the coder assigns, with ACLED's actor-type numbers (inter1 / inter2).
-- Unidentified armed groups count as political militias, as ACLED codes them.
CREATE TABLE IF NOT EXISTS actor_kinds (
    kind        VARCHAR PRIMARY KEY,
    inter_code  INTEGER NOT NULL,
    label       VARCHAR NOT NULL
);
INSERT OR REPLACE INTO actor_kinds VALUES
    ('state forces', 1, 'State forces'),
    ('rebel group', 2, 'Rebel group'),
    ('political militia', 3, 'Political militia'),
    ('unknown', 3, 'Political militia (unidentified armed group)'),
    ('identity militia', 4, 'Identity militia'),
    ('rioters', 5, 'Rioters'),
    ('protesters', 6, 'Protesters'),
    ('civilians', 7, 'Civilians'),
    ('external/other forces', 8, 'External/Other forces');

-- ACLED's event taxonomy: 6 types, 25 sub-types, each with its disorder type.
CREATE TABLE IF NOT EXISTS event_types (
    event_type      VARCHAR NOT NULL,
    sub_event_type  VARCHAR NOT NULL,
    disorder_type   VARCHAR NOT NULL,
    PRIMARY KEY (event_type, sub_event_type)
);
INSERT OR REPLACE INTO event_types VALUES
    ('Battles', 'Armed clash', 'Political violence'),
    ('Battles', 'Government regains territory', 'Political violence'),
    ('Battles', 'Non-state actor overtakes territory', 'Political violence'),
    ('Explosions/Remote violence', 'Chemical weapon', 'Political violence'),
    ('Explosions/Remote violence', 'Air/drone strike', 'Political violence'),
    ('Explosions/Remote violence', 'Suicide bomb', 'Political violence'),
    ('Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Political violence'),
    ('Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Political violence'),
    ('Explosions/Remote violence', 'Grenade', 'Political violence'),
    ('Violence against civilians', 'Sexual violence', 'Political violence'),
    ('Violence against civilians', 'Attack', 'Political violence'),
    ('Violence against civilians', 'Abduction/forced disappearance', 'Political violence'),
    ('Protests', 'Peaceful protest', 'Demonstrations'),
    ('Protests', 'Protest with intervention', 'Demonstrations'),
    ('Protests', 'Excessive force against protesters', 'Political violence; Demonstrations'),
    ('Riots', 'Violent demonstration', 'Demonstrations'),
    ('Riots', 'Mob violence', 'Political violence; Demonstrations'),
    ('Strategic developments', 'Agreement', 'Strategic developments'),
    ('Strategic developments', 'Arrests', 'Strategic developments'),
    ('Strategic developments', 'Change to group/activity', 'Strategic developments'),
    ('Strategic developments', 'Disrupted weapons use', 'Strategic developments'),
    ('Strategic developments', 'Headquarters or base established', 'Strategic developments'),
    ('Strategic developments', 'Looting/property destruction', 'Strategic developments'),
    ('Strategic developments', 'Non-violent transfer of territory', 'Strategic developments'),
    ('Strategic developments', 'Other', 'Strategic developments');
