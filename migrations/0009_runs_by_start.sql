-- The latest run of a workflow ID (a start's reuse policy, a run-less describe) orders by start time and then run
-- ID; the index now holds both, so the lookup reads one entry of that workflow ID and sorts nothing.
DROP INDEX executions_by_start;
CREATE INDEX executions_by_start ON executions (namespace, workflow_id, start_time DESC, run_id DESC);
