-- The stored outlet and article counts (`story_outlets`, migration 0058) of the stories in the
-- registered table `_dedup_stories(story_id)`, computed again from their articles as they are now;
-- a story left without articles loses its row. Runs where their `stories` rows are recomputed.
DELETE FROM story_outlets WHERE story_id IN (SELECT story_id FROM _dedup_stories);
INSERT INTO story_outlets (story_id, outlets, articles)
SELECT a.story_id, count(DISTINCT a.outlet), count(*)
FROM articles a
JOIN _dedup_stories s USING (story_id)
GROUP BY a.story_id;
