-- The story time a stored undated report was coded again from (warehouse/redating_store.py;
-- NULL: its own date). $when, $id: the time and the article id.
UPDATE articles SET story_published_at = $when WHERE article_id = $id
