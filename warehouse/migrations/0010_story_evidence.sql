-- 0010_story_evidence: what story linking compares reports on, and where absorbed stories went.
-- Written by warehouse/story_store.py (write_story_links) inside the run's transaction.

-- One row per article read for story linking: its StoryEvidence (extractors/story_evidence.py)
-- as JSON, and the days it can be about (ordinal interval, as dates).
CREATE TABLE IF NOT EXISTS story_evidence (
    article_id  VARCHAR PRIMARY KEY,
    anchor_lo   DATE,        -- NULL: no day known (undated, no year named)
    anchor_hi   DATE,
    evidence    VARCHAR NOT NULL
);

-- Blocking keys: a new article is scored against stored articles that share a key with it
-- within the time window. kind 'own': the article's own keys (its provinces, else its country);
-- kind 'probe': the further keys it looks up (its countries), so that a report naming no place
-- meets the reports of its country whichever arrives first.
CREATE TABLE IF NOT EXISTS story_keys (
    key         VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    anchor_lo   DATE,
    anchor_hi   DATE
);

-- A story id never stops resolving: when a later report bridges two stories, the absorbed id
-- keeps a row here naming the story it went into (chains are repointed to the final survivor).
--   absorbed_story_id  the id no article and no `stories` row carries any more
--   into_story_id      the surviving story
--   reason             'merged'
--   run_id             the run that merged them; `runs.run_id`
CREATE TABLE IF NOT EXISTS stories_merged (
    absorbed_story_id  VARCHAR PRIMARY KEY,
    into_story_id      VARCHAR NOT NULL,
    reason             VARCHAR NOT NULL,
    run_id             VARCHAR,
    merged_at          TIMESTAMP NOT NULL
);
