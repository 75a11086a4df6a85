-- Issue 7: sticky execution. After a worker that keeps the run cached completes a workflow task, the run's next
-- task goes to that worker's own queue (its Connect stream's sticky queue) with only the events after
-- sticky_event_id (the WorkflowTaskStarted it decided); a timer moves the task back to the run's task queue if
-- the worker does not take it in time. Neither column is indexed: they change with most workflow tasks, and
-- unindexed columns keep those row updates heap-only (HOT).
ALTER TABLE executions
  ADD COLUMN sticky_queue     text,
  ADD COLUMN sticky_event_id  bigint;
