-- 0050_run_stage_seconds: where a run's time went, per stage, recorded by the run itself.
-- A JSON object of stage -> seconds (start, poll, fetch (fetch, extraction and coding overlap
-- there), assemble, load), plus `prefect_server_start` when the command started a local
-- Prefect server for the run. NULL for runs recorded before this migration.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS stage_seconds VARCHAR;
