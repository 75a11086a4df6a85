-- Activities: heartbeats (details handed to the next attempt), cancellation requests, and the time the current
-- attempt was queued (for schedule-to-start). Timer kinds 6-8 are the other activity timeouts (see queues.ts).
ALTER TABLE activities
  ADD COLUMN heartbeat_details          bytea,
  ADD COLUMN last_heartbeat_time        bigint,
  ADD COLUMN cancel_requested_event_id  bigint,
  ADD COLUMN attempt_scheduled_time     bigint;
UPDATE activities SET attempt_scheduled_time = scheduled_time;
-- A queued activity task is removed when its activity ends before a worker takes it.
CREATE INDEX tasks_by_activity ON tasks (namespace, workflow_id, run_id, scheduled_event_id) WHERE kind = 2;
