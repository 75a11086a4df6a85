/**
 * The writes one transition makes to a run's tasks, timers and activities, kept in memory until the run is saved
 * and then written in the same statement as the run's row and new events (see RunState.save): a transition costs
 * one write round trip however many rows it touches.
 *
 * The statement's parts see one snapshot and run in no defined order, so this class keeps the result equal to
 * applying the writes one after another: a delete also drops the matching writes still in memory, and a row is
 * never both written and deleted by one statement.
 */

import type { ActivityRow } from './history-engine.js';
import { ACTIVITY_TIMER_KINDS, TaskKind, TimerKind } from './queues.js';

interface TaskWrite {
  queue: string;
  kind: TaskKind;
  scheduledEventId: number;
  attempt: number;
}

interface TimerWrite {
  fireTime: number;
  kind: TimerKind;
  ref: number;
  attempt: number;
  timerId: string | null;
}

/** The activity columns a transition writes; heartbeat details are written by heartbeats only. */
const ACTIVITY_COLUMNS = [
  ['scheduled_event_id', 'bigint'], ['activity_id', 'text'], ['activity_type', 'text'], ['task_queue', 'text'],
  ['state', 'smallint'], ['attempt', 'integer'], ['scheduled_time', 'bigint'], ['started_time', 'bigint'],
  ['next_attempt_time', 'bigint'], ['last_failure', 'bytea'], ['last_worker_identity', 'text'], ['scheduled', 'bytea'],
  ['cancel_requested_event_id', 'bigint'], ['attempt_scheduled_time', 'bigint'], ['last_heartbeat_time', 'bigint'],
] as const satisfies readonly (readonly [keyof ActivityRow, string])[];
const ACTIVITY_UPDATED = ACTIVITY_COLUMNS.map(([c]) => c)
  .filter((c) => !['scheduled_event_id', 'activity_id', 'activity_type', 'task_queue', 'scheduled_time', 'scheduled'].includes(c));

/** A column a transition writes: its name, its type, and its value in a row (see rowSource). */
type Column<R> = readonly [name: string, type: string, value: (row: R) => unknown];

const ACTIVITY_WRITES: readonly Column<ActivityRow>[] = ACTIVITY_COLUMNS.map(([c, type]) => [c, type, (a: ActivityRow) => a[c]] as const);
const TASK_WRITES: readonly Column<TaskWrite>[] = [['task_queue', 'text', (t) => t.queue], ['kind', 'smallint', (t) => t.kind],
  ['scheduled_event_id', 'bigint', (t) => t.scheduledEventId], ['attempt', 'integer', (t) => t.attempt]];
const TIMER_WRITES: readonly Column<TimerWrite>[] = [['fire_time', 'bigint', (t) => t.fireTime], ['kind', 'smallint', (t) => t.kind],
  ['ref_event_id', 'bigint', (t) => t.ref], ['attempt', 'integer', (t) => t.attempt], ['timer_id', 'text', (t) => t.timerId]];

const names = <R>(columns: readonly Column<R>[]) => columns.map(([name]) => name).join(', ');

/**
 * The rows of an INSERT ... SELECT, for after the run's key: one row's values as plain parameters, several rows as
 * arrays to unnest (`values` then takes them from `from`). Most transitions write one row of each kind, and an
 * array travels as text that both sides build and parse, a bytea in it as hex.
 */
function rowSource<R>(param: Param, columns: readonly Column<R>[], rows: readonly R[]): { values: string; from: string } {
  if (rows.length === 1) return { values: columns.map(([, type, value]) => param(value(rows[0]!), type)).join(', '), from: '' };
  return { values: 'r.*', from: `FROM unnest(${columns.map(([, type, value]) => param(rows.map(value), `${type}[]`)).join(', ')}) AS r` };
}

/**
 * Heartbeats update the row without the run (recordActivityHeartbeat): a transition that read the row of a running
 * attempt before one of its heartbeats (a cancel request) keeps the later heartbeat time; an attempt that starts,
 * or a new attempt, sets its own.
 */
const HEARTBEAT_TIME = `CASE WHEN EXCLUDED.attempt = activities.attempt AND EXCLUDED.state = activities.state
  THEN GREATEST(activities.last_heartbeat_time, EXCLUDED.last_heartbeat_time) ELSE EXCLUDED.last_heartbeat_time END`;

/** Adds a statement parameter and returns its placeholder (cast to `type`, when given). */
export type Param = (value: unknown, type?: string) => string;

export class RunWork {
  private tasks: TaskWrite[] = [];
  private timers: TimerWrite[] = [];
  private readonly timerDeletes: { kind: TimerKind; ref: number | null }[] = [];
  private readonly activities = new Map<number, ActivityRow>();
  private readonly activityDeletes = new Set<number>();
  /** Of those, the activities that may have a queued task (not started: a started attempt's task was taken). */
  private readonly activityTaskDeletes = new Set<number>();
  /** The run closed: all its tasks, timers and activities that were there before this transition go. */
  private allDeleted = false;

  /** A copy to go on with, leaving this one as it is. */
  clone(): RunWork {
    const copy = Object.create(RunWork.prototype) as RunWork;
    return Object.assign(copy, this, { tasks: [...this.tasks], timers: [...this.timers], timerDeletes: [...this.timerDeletes],
      activities: new Map(this.activities), activityDeletes: new Set(this.activityDeletes),
      activityTaskDeletes: new Set(this.activityTaskDeletes) });
  }

  get isEmpty(): boolean {
    return !this.allDeleted &&
      this.tasks.length + this.timers.length + this.timerDeletes.length + this.activities.size + this.activityDeletes.size === 0;
  }

  queueTask(task: TaskWrite): void {
    this.tasks.push(task);
  }

  armTimer(timer: TimerWrite): void {
    this.timers.push(timer);
  }

  /** Deletes the run's timers of `kinds` (for the event `ref`, or all of them). */
  deleteTimers(kinds: readonly TimerKind[], ref: number | null): void {
    // A user timer's firing is not guarded by the run's state: deleteUserTimer waits for a timer being fired.
    if (kinds.includes(TimerKind.User)) throw new Error('user timers are deleted by deleteUserTimer');
    this.timers = this.timers.filter((t) => !kinds.includes(t.kind) || (ref !== null && t.ref !== ref));
    for (const kind of kinds) this.timerDeletes.push({ kind, ref });
  }

  /** Takes back a user timer armed by this transition; its TimerStarted event ID, or undefined when there is none. */
  takeUserTimer(timerId: string): number | undefined {
    const i = this.timers.findIndex((t) => t.kind === TimerKind.User && t.timerId === timerId);
    if (i < 0) return undefined;
    return this.timers.splice(i, 1)[0]!.ref;
  }

  /** Inserts or updates an activity's row (a copy is kept: later changes to `a` need another call). */
  writeActivity(a: ActivityRow): void {
    if (this.allDeleted || this.activityDeletes.has(a.scheduled_event_id)) {
      throw new Error(`activity ${a.scheduled_event_id} written after it was deleted in the same transition`);
    }
    this.activities.set(a.scheduled_event_id, { ...a });
  }

  /**
   * Deletes an activity's row, its timers and its queued task. `started`: its attempt is running, so it has no
   * task (claiming or starting it eagerly took it) and the statement does not look for one.
   */
  deleteActivity(scheduledEventId: number, started = false): void {
    this.activities.delete(scheduledEventId);
    this.activityDeletes.add(scheduledEventId);
    if (!started) this.activityTaskDeletes.add(scheduledEventId);
    this.deleteTimers(ACTIVITY_TIMER_KINDS, scheduledEventId);
    this.tasks = this.tasks.filter((t) => t.kind !== TaskKind.Activity || t.scheduledEventId !== scheduledEventId);
  }

  /**
   * What this transition has written of an activity, by ActivityTaskScheduled event ID or activity ID: its row,
   * 'deleted', or undefined when the transition has not touched it (the table has the answer).
   */
  activity(key: number | string): ActivityRow | 'deleted' | undefined {
    if (this.allDeleted || (typeof key === 'number' && this.activityDeletes.has(key))) return 'deleted';
    for (const a of this.activities.values()) {
      if (typeof key === 'number' ? a.scheduled_event_id === key : a.activity_id === key) return { ...a };
    }
    return undefined;
  }

  isDeleted(scheduledEventId: number): boolean {
    return this.allDeleted || this.activityDeletes.has(scheduledEventId);
  }

  /** Applies this transition's writes and deletes of activity rows to `rows` (by ActivityTaskScheduled event ID). */
  applyActivities(rows: Map<number, ActivityRow>): Map<number, ActivityRow> {
    if (this.allDeleted) rows.clear();
    for (const id of this.activityDeletes) rows.delete(id);
    for (const a of this.activities.values()) rows.set(a.scheduled_event_id, { ...a });
    return rows;
  }

  /** Deletes every task, timer and activity of the run (it closed), and forgets the writes made so far. */
  deleteAll(): void {
    this.allDeleted = true;
    this.tasks = [];
    this.timers = [];
    this.timerDeletes.length = 0;
    this.activities.clear();
    this.activityDeletes.clear();
    this.activityTaskDeletes.clear();
  }

  /**
   * Which parts statements() writes, as bits: with the same shape, the statement's text is the same (only the
   * values differ), so RunState.save builds each shape's text once.
   */
  get shape(): number {
    return (this.allDeleted ? 1 : 0) | (this.timerDeletes.length > 0 ? 2 : 0) | (this.activityDeletes.size > 0 ? 4 : 0) |
      (this.activities.size > 0 ? 8 : 0) | (this.tasks.length > 0 ? 16 : 0) | (this.timers.length > 0 ? 32 : 0) |
      (this.activities.size === 1 ? 64 : 0) | (this.tasks.length === 1 ? 128 : 0) | (this.timers.length === 1 ? 256 : 0) |
      (this.activityTaskDeletes.size > 0 ? 512 : 0);
  }

  /** The bits `shape` uses: RunState.save adds its own above them. */
  static readonly SHAPE_BITS = 10;

  /**
   * The writes as data-modifying CTEs of the run's save statement, in which $1, $2, $3 are the run's namespace,
   * workflow ID and run ID; `now` is the transition's time; each writes only where `guard` (SQL) holds. Rows go
   * as plain parameters or as arrays (see rowSource).
   */
  statements(param: Param, now: number, guard: string): string[] {
    const run = 'namespace = $1 AND workflow_id = $2 AND run_id = $3';
    const out: string[] = [];
    if (this.allDeleted) {
      // SKIP LOCKED: rows being claimed right now (a claim locks the row, then this run): their claims find the
      // run closed and drop them.
      out.push(`run_tasks_out AS (DELETE FROM tasks WHERE id IN (SELECT id FROM tasks WHERE ${run} AND ${guard} FOR UPDATE SKIP LOCKED))`);
      out.push(`run_timers_out AS (DELETE FROM timers WHERE id IN (SELECT id FROM timers WHERE ${run} AND ${guard} FOR UPDATE SKIP LOCKED))`);
      out.push(`run_activities_out AS (DELETE FROM activities WHERE ${run} AND ${guard})`);
    }
    if (this.timerDeletes.length > 0) {
      // SKIP LOCKED: a timer row locked now is being fired (the timer queue locks it, then the run, which this
      // transition holds: waiting would deadlock). Its firing finds the state it was armed for gone and does nothing.
      out.push(`timers_out AS (DELETE FROM timers WHERE id IN (SELECT id FROM timers t
        WHERE t.namespace = $1 AND t.workflow_id = $2 AND t.run_id = $3 AND EXISTS (
          SELECT 1 FROM unnest(${param(this.timerDeletes.map((d) => d.kind), 'smallint[]')}, ${param(this.timerDeletes.map((d) => d.ref), 'bigint[]')}) AS d(kind, ref)
          WHERE d.kind = t.kind AND (d.ref IS NULL OR d.ref = t.ref_event_id)) AND ${guard} FOR UPDATE SKIP LOCKED))`);
    }
    if (this.activityDeletes.size > 0) {
      const ids = param([...this.activityDeletes], 'bigint[]');
      out.push(`activities_out AS (DELETE FROM activities WHERE ${run} AND scheduled_event_id = ANY(${ids}) AND ${guard})`);
    }
    if (this.activityTaskDeletes.size > 0) {
      // SKIP LOCKED: a task row locked now is being claimed; the claim finds the activity gone and drops it.
      out.push(`activity_tasks_out AS (DELETE FROM tasks WHERE id IN (SELECT id FROM tasks WHERE ${run} AND kind = 2
        AND scheduled_event_id = ANY(${param([...this.activityTaskDeletes], 'bigint[]')}) AND ${guard} FOR UPDATE SKIP LOCKED))`);
    }
    if (this.activities.size > 0) {
      const rows = rowSource(param, ACTIVITY_WRITES, [...this.activities.values()]);
      out.push(`activities_in AS (INSERT INTO activities (namespace, workflow_id, run_id, ${names(ACTIVITY_WRITES)})
        SELECT $1, $2, $3, ${rows.values} ${rows.from} WHERE ${guard}
        ON CONFLICT (namespace, workflow_id, run_id, scheduled_event_id) DO UPDATE SET
        ${ACTIVITY_UPDATED.map((c) => `${c} = ${c === 'last_heartbeat_time' ? HEARTBEAT_TIME : `EXCLUDED.${c}`}`).join(', ')})`);
    }
    if (this.tasks.length > 0) {
      const rows = rowSource(param, TASK_WRITES, this.tasks);
      out.push(`tasks_in AS (INSERT INTO tasks (namespace, workflow_id, run_id, ${names(TASK_WRITES)}, created_time)
        SELECT $1, $2, $3, ${rows.values}, ${param(now, 'bigint')} ${rows.from} WHERE ${guard})`);
    }
    if (this.timers.length > 0) {
      const rows = rowSource(param, TIMER_WRITES, this.timers);
      out.push(`timers_in AS (INSERT INTO timers (namespace, workflow_id, run_id, ${names(TIMER_WRITES)})
        SELECT $1, $2, $3, ${rows.values} ${rows.from} WHERE ${guard})`);
    }
    return out;
  }
}
