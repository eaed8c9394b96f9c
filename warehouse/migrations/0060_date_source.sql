-- 0060_date_source: where every date came from, so an analyst can keep only the dates a report
-- gives itself. `event_mentions.date_source` is where the day the mention's dates were read from
-- came from ("yesterday" is read from it); `articles.date_source` where the article's
-- `published_at` came from; `articles.story_published_at` the first publication of the dated
-- reports of an undated report's story (NULL when it has none): it was coded from that day, and
-- its reports take that time in the order of reports (first report of an event, consensus ties);
-- a later run that changes the story's first dated report codes it again (flows/story_days.py).
-- Codes (extractors.models.DATE_SOURCES): published (the page's metadata), page (a date the page
-- shows), url (its URL path), text (the latest full date its text states), story (its story's
-- first dated report), feed (its feed entry), none. Rows stored before this migration: NULL.
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS date_source VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS date_source VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS story_published_at TIMESTAMP;
