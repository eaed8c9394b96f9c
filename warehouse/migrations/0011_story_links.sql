-- 0011_story_links: stories as groups (extractors/story_groups.py). Each report's decision is kept
-- as links to the earlier report of the story it joined (or bridged), so a later run can take
-- again, in canonical order, exactly the decisions a report arriving out of order can change.
-- Written by warehouse/story_store.py inside the run's transaction.

-- The canonical order reports are decided in: publication time (fetch time when undated).
ALTER TABLE story_evidence ADD COLUMN ordered_at TIMESTAMP;
UPDATE story_evidence SET ordered_at = coalesce(a.published_at, a.fetched_at)
FROM articles a WHERE a.article_id = story_evidence.article_id;

CREATE TABLE IF NOT EXISTS story_links (
    article_id         VARCHAR NOT NULL,   -- the report that decided
    linked_article_id  VARCHAR NOT NULL,   -- the earlier report of the story it joined; itself when it founded one
    kind               VARCHAR NOT NULL,   -- 'founded', 'joined', 'bridged'
    score              DOUBLE,             -- story_score of the pair (0 when founded)
    run_id             VARCHAR,
    PRIMARY KEY (article_id, linked_article_id)
);

-- Reports decided before this table existed keep the story they are in: each joined its
-- story's first report.
INSERT OR IGNORE INTO story_links (article_id, linked_article_id, kind, score, run_id)
SELECT e.article_id,
       first_value(e.article_id) OVER (PARTITION BY a.story_id ORDER BY e.ordered_at, e.article_id),
       'joined', NULL, NULL
FROM story_evidence e JOIN articles a USING (article_id)
WHERE a.story_id IS NOT NULL;
UPDATE story_links SET kind = 'founded', score = 0 WHERE article_id = linked_article_id;
