import type { Db, Tx } from './database.js';
import { queueKey, TIMERS_KEY } from './notifier.js';
import { RunState } from './run-state.js';

/** The longest a timer queue sleeps before it looks at the timers table again. */
export const TIMER_QUEUE_MAX_SLEEP_MS = 5_000;

/** The SQL of the two work tables: task queues (ready for a worker) and durable timers (due at a time). */

export const enum TaskKind {
  Workflow = 1,
  Activity = 2,
}

export const enum TimerKind {
  User = 1,
  ActivityStartToClose = 2,
  ActivityRetry = 3,
  WorkflowTaskTimeout = 4,
  WorkflowTaskRetry = 5,
  ActivityScheduleToStart = 6,
  ActivityScheduleToClose = 7,
  ActivityHeartbeat = 8,
  WorkflowRunTimeout = 9,
  WorkflowExecutionTimeout = 10,
  /** A workflow task waiting on a worker's sticky queue goes back to the run's task queue (ref: its scheduled event). */
  StickyScheduleToStart = 11,
}

/** The timer kinds that belong to one activity (ref_event_id is its ActivityTaskScheduled event). */
export const ACTIVITY_TIMER_KINDS = [TimerKind.ActivityStartToClose, TimerKind.ActivityRetry, TimerKind.ActivityScheduleToStart,
  TimerKind.ActivityScheduleToClose, TimerKind.ActivityHeartbeat];

export interface TaskRow {
  id: number;
  namespace: string;
  task_queue: string;
  kind: TaskKind;
  workflow_id: string;
  run_id: string;
  scheduled_event_id: number;
  attempt: number;
}

export interface TimerRow {
  id: number;
  namespace: string;
  workflow_id: string;
  run_id: string;
  fire_time: number;
  kind: TimerKind;
  ref_event_id: number;
  attempt: number;
  timer_id: string | null;
}

/** Queues a task for `run` (written when the run is saved) and wakes the queue's pollers when the transaction commits. */
export function enqueueTask(run: RunState, kind: TaskKind, taskQueue: string, scheduledEventId: number, attempt: number): void {
  run.work.queueTask({ queue: taskQueue, kind, scheduledEventId, attempt });
  run.notify(queueKey(run.key.namespace, taskQueue, kind === TaskKind.Workflow ? 'workflow' : 'activity'));
}

/** Moves a run's queued workflow task from a sticky queue to `taskQueue`; false when it is not there any more. */
export async function unstickWorkflowTask(tx: Tx, run: RunState, stickyQueue: string, taskQueue: string): Promise<boolean> {
  const k = run.key;
  // SKIP LOCKED: a task row locked now is being claimed (a claim locks the task, then the run: waiting here, with
  // the run locked, would deadlock with it), and the claim takes it anyway.
  const { rowCount } = await tx.query(`UPDATE tasks SET task_queue = $5 WHERE id IN (SELECT id FROM tasks
    WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3 AND kind = 1 AND task_queue = $4 FOR UPDATE SKIP LOCKED)`,
  [k.namespace, k.workflowId, k.runId, stickyQueue, taskQueue]);
  if (!rowCount) return false;
  run.notify(queueKey(k.namespace, taskQueue, 'workflow'));
  return true;
}

/**
 * Takes the oldest task of a queue that no other transaction holds, deleting it, and locks and loads its run;
 * undefined when the queue has none.
 */
export function claimTask(tx: Tx, namespace: string, taskQueue: string, kind: TaskKind, now: number) {
  return RunState.claimWithRun<TaskRow>(tx, `DELETE FROM tasks WHERE id = (
      SELECT id FROM tasks WHERE namespace = $1 AND task_queue = $2 AND kind = $3
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *`, [namespace, taskQueue, kind], now);
}

/**
 * Whether a queue holds a task, in one statement outside any transaction (a claim that finds nothing costs three
 * round trips: BEGIN, the claim, COMMIT). Tasks being claimed count too; a task committed after the statement's
 * snapshot is announced after it, so a waiter that read the queue's version before asking does not miss it.
 */
export async function queueHasTask(db: Db, namespace: string, taskQueue: string, kind: TaskKind): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM tasks
    WHERE namespace = $1 AND task_queue = $2 AND kind = $3) AS found`, [namespace, taskQueue, kind]);
  return rows[0]?.found === true;
}

/** Arms a timer of `run` (written when the run is saved). */
export function insertTimer(run: RunState, kind: TimerKind, fireTime: number, refEventId: number, attempt = 0,
  timerId: string | null = null): void {
  run.work.armTimer({ fireTime, kind, ref: refEventId, attempt, timerId });
  // Timer queues look at the table at least every TIMER_QUEUE_MAX_SLEEP_MS; only a timer due sooner needs a wake-up.
  if (fireTime - run.now < TIMER_QUEUE_MAX_SLEEP_MS) run.notify(TIMERS_KEY);
}

/** Deletes the run's timers of `kind` (those of the event `refEventId`, or all of them) when the run is saved. */
export function deleteTimers(run: RunState, kind: TimerKind | TimerKind[], refEventId?: number): void {
  run.work.deleteTimers([kind].flat(), refEventId ?? null);
}

/** Removes a pending user timer; returns its TimerStarted event ID, or 0 when it is not pending (it fired). */
export async function deleteUserTimer(tx: Tx, run: RunState, timerId: string): Promise<number> {
  const armedNow = run.work.takeUserTimer(timerId);
  if (armedNow !== undefined) return armedNow;
  const k = run.key;
  const { rows } = await tx.query<{ ref_event_id: number }>(`DELETE FROM timers WHERE namespace = $1 AND workflow_id = $2
    AND run_id = $3 AND kind = $4 AND timer_id = $5 RETURNING ref_event_id`, [k.namespace, k.workflowId, k.runId, TimerKind.User, timerId]);
  return rows[0]?.ref_event_id ?? 0;
}

/** Takes one due timer that no other transaction holds, deleting it, and locks and loads its run; undefined when none is due. */
export function claimDueTimer(tx: Tx, now: number) {
  return RunState.claimWithRun<TimerRow>(tx, `DELETE FROM timers WHERE id = (
      SELECT id FROM timers WHERE fire_time <= $1 ORDER BY fire_time LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *`, [now], now);
}
