-- 0062_raw_page_files: raw pages out of the load transaction (issue 18). A run's compressed pages
-- stay in the Parquet files it spooled them to, moved (fsync + rename) into the warehouse's raw
-- folder (`<name>.raw/<run_id>/` beside the file) before the run's transaction; the transaction
-- only indexes them here, one row per stored page (`warehouse/raw_store.py`). A folder no row
-- names (a run killed between the move and its commit, or a run all of whose pages were pruned or
-- stored again later) is removed by the next writing run. `raw_pages` keeps the pages stored
-- before this migration; a page stored again moves from it to a file (one place per `url_key`).
CREATE TABLE IF NOT EXISTS raw_page_files (
    url_key     VARCHAR PRIMARY KEY,
    run_id      VARCHAR,
    file        VARCHAR,
    fetched_at  TIMESTAMP
);

-- Every stored page and where it is: a row of `raw_pages` (file NULL) or of a run's file.
CREATE OR REPLACE VIEW raw_page_index AS
SELECT url_key, fetched_at, CAST(NULL AS VARCHAR) AS run_id, CAST(NULL AS VARCHAR) AS file FROM raw_pages
UNION ALL
SELECT url_key, fetched_at, run_id, file FROM raw_page_files;
