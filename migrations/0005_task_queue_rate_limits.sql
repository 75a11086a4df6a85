-- Activity rate limits per task queue, shared by every runtime instance: a token bucket in one row, taken with
-- one UPDATE per activity handed out (only on queues that have a limit). Times are the database's clock.
CREATE TABLE task_queue_rate_limits (
  namespace   text             NOT NULL,
  task_queue  text             NOT NULL,
  -- activities per second; the bucket holds at most max(1, rate) tokens
  rate        double precision NOT NULL,
  tokens      double precision NOT NULL,
  updated_at  bigint           NOT NULL,
  PRIMARY KEY (namespace, task_queue)
);
