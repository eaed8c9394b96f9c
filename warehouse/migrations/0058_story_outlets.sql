-- 0058_story_outlets: how many outlets and articles carry each story, stored, so "the stories
-- carried most widely" (worked query 6) reads one row a story instead of grouping every article
-- by story and outlet (seconds at a million articles). Rewritten with the story's `stories` row
-- (`recompute_stories`, warehouse/writes/refresh_story_outlets.sql); filled here from the rows
-- already stored.
CREATE TABLE IF NOT EXISTS story_outlets (
    story_id  VARCHAR NOT NULL,
    outlets   INTEGER NOT NULL,   -- distinct `articles.outlet` values (NULL not counted)
    articles  INTEGER NOT NULL    -- articles in the story
);

INSERT INTO story_outlets (story_id, outlets, articles)
SELECT story_id, count(DISTINCT outlet), count(*)
FROM articles
WHERE story_id IS NOT NULL
  AND story_id NOT IN (SELECT story_id FROM story_outlets)
GROUP BY story_id;
