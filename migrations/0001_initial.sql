-- The first schema. Every row that belongs to a run carries namespace and workflow_id (the distribution key).

CREATE TABLE executions (
  namespace                text    NOT NULL,
  workflow_id              text    NOT NULL,
  run_id                   text    NOT NULL,
  workflow_type            text    NOT NULL,
  task_queue               text    NOT NULL,
  -- 1 running, 2 completed, 3 failed (WorkflowExecutionStatus)
  status                   smallint NOT NULL,
  request_id               text    NOT NULL,
  -- The id the next appended event gets; history holds 1 .. next_event_id - 1.
  next_event_id            bigint  NOT NULL,
  -- Bumped by every write to the run or its pending activities and timers (optimistic concurrency).
  version                  bigint  NOT NULL,
  start_time               bigint  NOT NULL,
  close_time               bigint,
  workflow_task_timeout_ms bigint  NOT NULL,
  -- The pending workflow task: 0 none, 1 scheduled, 2 started.
  wft_state                smallint NOT NULL DEFAULT 0,
  wft_scheduled_event_id   bigint,
  wft_started_event_id     bigint,
  wft_attempt              integer NOT NULL DEFAULT 1,
  wft_scheduled_time       bigint,
  wft_started_time         bigint,
  wft_last_failure         bytea,
  result                   bytea,
  failure                  bytea,
  PRIMARY KEY (namespace, workflow_id, run_id)
);
-- One running run per workflow ID.
CREATE UNIQUE INDEX executions_one_running ON executions (namespace, workflow_id) WHERE status = 1;
CREATE INDEX executions_by_request ON executions (namespace, workflow_id, request_id);
CREATE INDEX executions_by_start ON executions (namespace, workflow_id, start_time DESC);

CREATE TABLE history_events (
  namespace   text   NOT NULL,
  workflow_id text   NOT NULL,
  run_id      text   NOT NULL,
  event_id    bigint NOT NULL,
  event_type  text   NOT NULL,
  event_time  bigint NOT NULL,
  -- The whole event, protobuf-encoded (reprise.v1.HistoryEvent).
  data        bytea  NOT NULL,
  PRIMARY KEY (namespace, workflow_id, run_id, event_id)
);

-- Activities scheduled and not yet closed.
CREATE TABLE activities (
  namespace            text     NOT NULL,
  workflow_id          text     NOT NULL,
  run_id               text     NOT NULL,
  scheduled_event_id   bigint   NOT NULL,
  activity_id          text     NOT NULL,
  activity_type        text     NOT NULL,
  task_queue           text     NOT NULL,
  -- 1 scheduled (a task is queued), 2 started (a worker runs it), 3 backing off (waiting to retry)
  state                smallint NOT NULL,
  attempt              integer  NOT NULL,
  scheduled_time       bigint   NOT NULL,
  started_time         bigint,
  next_attempt_time    bigint,
  last_failure         bytea,
  last_worker_identity text,
  -- The ActivityTaskScheduled attributes (input, timeouts, retry policy), protobuf-encoded.
  scheduled            bytea    NOT NULL,
  PRIMARY KEY (namespace, workflow_id, run_id, scheduled_event_id)
);

-- Task queues: one row per task ready to hand to a worker.
CREATE TABLE tasks (
  id                 bigserial PRIMARY KEY,
  namespace          text     NOT NULL,
  task_queue         text     NOT NULL,
  -- 1 workflow task, 2 activity task
  kind               smallint NOT NULL,
  workflow_id        text     NOT NULL,
  run_id             text     NOT NULL,
  scheduled_event_id bigint   NOT NULL,
  attempt            integer  NOT NULL,
  created_time       bigint   NOT NULL
);
CREATE INDEX tasks_by_queue ON tasks (namespace, task_queue, kind, id);
CREATE INDEX tasks_by_run ON tasks (namespace, workflow_id, run_id);

-- Durable timers: user timers, activity timeouts and retries, workflow task timeouts and retries.
CREATE TABLE timers (
  id           bigserial PRIMARY KEY,
  namespace    text     NOT NULL,
  workflow_id  text     NOT NULL,
  run_id       text     NOT NULL,
  fire_time    bigint   NOT NULL,
  -- 1 user timer, 2 activity start-to-close, 3 activity retry, 4 workflow task timeout, 5 workflow task retry
  kind         smallint NOT NULL,
  -- The event the timer belongs to: TimerStarted, ActivityTaskScheduled or WorkflowTaskStarted.
  ref_event_id bigint   NOT NULL,
  attempt      integer  NOT NULL DEFAULT 0,
  timer_id     text
);
CREATE INDEX timers_by_fire_time ON timers (fire_time);
CREATE INDEX timers_by_run ON timers (namespace, workflow_id, run_id);
