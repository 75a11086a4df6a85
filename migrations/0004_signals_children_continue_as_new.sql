-- Issue 4: children (parent columns and close policy), continue-as-new chains, workflow timeouts, updates.
-- Status values follow WorkflowExecutionStatus: 4 cancelled, 5 terminated, 6 continued as new, 7 timed out.
ALTER TABLE executions
  ADD COLUMN parent_workflow_id            text,
  ADD COLUMN parent_run_id                 text,
  ADD COLUMN parent_initiated_event_id     bigint,
  -- ParentClosePolicy: what happens to this child when its parent closes (1 terminate, 2 abandon, 3 request cancel)
  ADD COLUMN parent_close_policy           smallint NOT NULL DEFAULT 0,
  -- Continue-as-new: the run that continues this one, and the first run of the chain.
  ADD COLUMN new_execution_run_id          text,
  ADD COLUMN first_run_id                  text,
  ADD COLUMN workflow_execution_timeout_ms bigint NOT NULL DEFAULT 0,
  ADD COLUMN workflow_run_timeout_ms       bigint NOT NULL DEFAULT 0,
  -- When the execution timeout of the chain passes (the first run's start + execution timeout).
  ADD COLUMN execution_deadline            bigint,
  -- A cancellation was requested (the workflow decides what to do with it).
  ADD COLUMN cancel_requested              boolean NOT NULL DEFAULT false;
UPDATE executions SET first_run_id = run_id;
ALTER TABLE executions ALTER COLUMN first_run_id SET NOT NULL;
-- The running children of a run (parent close policies).
CREATE INDEX executions_by_parent ON executions (namespace, parent_workflow_id, parent_run_id) WHERE status = 1;

-- Updates accepted into a run's history, and their outcome once the handler finished.
CREATE TABLE updates (
  namespace          text    NOT NULL,
  workflow_id        text    NOT NULL,
  run_id             text    NOT NULL,
  update_id          text    NOT NULL,
  accepted_event_id  bigint  NOT NULL,
  completed          boolean NOT NULL DEFAULT false,
  result             bytea,
  failure            bytea,
  PRIMARY KEY (namespace, workflow_id, run_id, update_id)
);
