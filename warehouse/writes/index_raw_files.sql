-- A run's settled raw-page files indexed in `raw_page_files` (warehouse/raw_store.py), inside the
-- run's transaction: one row per page, the file named relative to the warehouse's raw folder
-- (`<run_id>/<file name>`). The latest copy of a key wins, and a key stored again leaves the
-- `raw_pages` table, so each stored page is in one place. Only two columns of the files are read.
-- $files: the files' paths; $run_id: the run.
DELETE FROM raw_page_files WHERE url_key IN (SELECT url_key FROM read_parquet($files::VARCHAR[]));
DELETE FROM raw_pages WHERE url_key IN (SELECT url_key FROM read_parquet($files::VARCHAR[]));
INSERT INTO raw_page_files (url_key, run_id, file, fetched_at)
SELECT url_key, $run_id, $run_id || '/' || parse_filename(filename), fetched_at
FROM read_parquet($files::VARCHAR[], filename = true);
