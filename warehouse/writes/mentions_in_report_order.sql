-- MENTIONS_IN_REPORT_ORDER (warehouse/merge_store.write_merge): the mentions of the registered
-- `_merge_reorder(article_id)` reports, whose stored mentions were just pointed at other events,
-- written again in their order in the report. Pointing a row at another event moves it to the
-- end of the table (`event_id` is indexed: an update of it is a delete and an insert), so a
-- report whose first mention moved in a later run would be read second-first by any reader
-- without an ORDER BY (the shared scorer matches the first row of a report that fits a gold
-- event), unlike one run over every report.
CREATE OR REPLACE TEMP TABLE _merge_reordered AS
SELECT m.* FROM event_mentions m WHERE m.article_id IN (SELECT article_id FROM _merge_reorder);
DELETE FROM event_mentions WHERE article_id IN (SELECT article_id FROM _merge_reorder);
INSERT INTO event_mentions SELECT * FROM _merge_reordered ORDER BY article_id, mention_id;
DROP TABLE _merge_reordered
