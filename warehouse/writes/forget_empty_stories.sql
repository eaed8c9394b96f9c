-- After `recompute_stories.sql`: a story of `_dedup_stories(story_id)` left without articles (a
-- reprocess moved them elsewhere) loses its row, and an id absorbed once that names a story again
-- (its first report is first again) is live: its `stories_merged` row goes.
DELETE FROM stories WHERE story_id IN (SELECT story_id FROM _dedup_stories)
    AND story_id NOT IN (SELECT story_id FROM articles WHERE story_id IS NOT NULL);
DELETE FROM stories_merged WHERE absorbed_story_id IN (SELECT story_id FROM _dedup_stories)
    AND absorbed_story_id IN (SELECT story_id FROM stories);
