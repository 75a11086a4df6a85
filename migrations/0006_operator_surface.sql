-- Issue 6: what the console and the CLI need to find runs that need an operator, and to link runs.
ALTER TABLE executions
  -- When the run last appended an event: "no progress for N minutes" is read off it.
  ADD COLUMN last_event_time        bigint,
  -- The run this one carries on from: continue-as-new, or the run a reset was made from.
  ADD COLUMN continued_from_run_id  text;
UPDATE executions e SET last_event_time = (SELECT max(event_time) FROM history_events h
  WHERE h.namespace = e.namespace AND h.workflow_id = e.workflow_id AND h.run_id = e.run_id);
UPDATE executions e SET last_event_time = start_time WHERE last_event_time IS NULL;
ALTER TABLE executions ALTER COLUMN last_event_time SET NOT NULL;
UPDATE executions e SET continued_from_run_id = p.run_id FROM executions p
  WHERE p.namespace = e.namespace AND p.workflow_id = e.workflow_id AND p.new_execution_run_id = e.run_id;
-- Every child of a run, closed ones too (the workflow page lists them); the old index held running ones only.
DROP INDEX executions_by_parent;
CREATE INDEX executions_by_parent ON executions (namespace, parent_workflow_id, parent_run_id, start_time);
-- Runs by status (the status counts, and the running runs the "needs attention" filter looks at). last_event_time
-- is deliberately in no index: every write to a run sets it, and an indexed column would make each of those
-- updates rewrite every index of the table instead of staying a heap-only (HOT) update.
CREATE INDEX executions_by_status ON executions (namespace, status);
