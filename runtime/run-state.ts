import protobuf from 'protobufjs/minimal.js';
import { eventTypeOf, pb, v1 } from '../proto/index.js';
import { afterCommit, cacheOf, localWakeupOf, NeedsTransaction, optimisticState, poolCacheOf, type Db, type Tx } from './database.js';
import { ConflictError } from './errors.js';
import type { ActivityRow } from './history-engine.js';
import { Notifier } from './notifier.js';
import { RunWork, type Param } from './run-work.js';

/** WorkflowExecutionStatus. */
export const enum RunStatus {
  Running = 1,
  Completed = 2,
  Failed = 3,
  Canceled = 4,
  Terminated = 5,
  ContinuedAsNew = 6,
  TimedOut = 7,
}

export const enum WorkflowTaskState {
  None = 0,
  Scheduled = 1,
  Started = 2,
}

export interface RunKey {
  namespace: string;
  workflowId: string;
  runId: string;
}

interface ExecutionRow {
  namespace: string;
  workflow_id: string;
  run_id: string;
  workflow_type: string;
  task_queue: string;
  status: number;
  request_id: string;
  next_event_id: number;
  version: number;
  start_time: number;
  close_time: number | null;
  workflow_task_timeout_ms: number;
  wft_state: number;
  wft_scheduled_event_id: number | null;
  wft_started_event_id: number | null;
  wft_attempt: number;
  wft_scheduled_time: number | null;
  wft_started_time: number | null;
  wft_last_failure: Buffer | null;
  result: Buffer | null;
  failure: Buffer | null;
  parent_workflow_id: string | null;
  parent_run_id: string | null;
  parent_initiated_event_id: number | null;
  parent_close_policy: number;
  new_execution_run_id: string | null;
  first_run_id: string;
  workflow_execution_timeout_ms: number;
  workflow_run_timeout_ms: number;
  execution_deadline: number | null;
  cancel_requested: boolean;
  last_event_time: number;
  continued_from_run_id: string | null;
  sticky_queue: string | null;
  sticky_event_id: number | null;
  /** Set when the run initiates its first child: only then does its close look for children to apply a policy to. */
  has_children: boolean;
}

const KEY_COLUMNS: readonly (keyof ExecutionRow)[] = ['namespace', 'workflow_id', 'run_id'];

/** The columns a write may change (the rest are set when the run is created). */
const MUTABLE_COLUMNS = ['status', 'next_event_id', 'close_time', 'wft_state', 'wft_scheduled_event_id', 'wft_started_event_id',
  'wft_attempt', 'wft_scheduled_time', 'wft_started_time', 'wft_last_failure', 'result', 'failure', 'new_execution_run_id',
  'cancel_requested', 'last_event_time', 'sticky_queue', 'sticky_event_id', 'has_children'] as const satisfies readonly (keyof ExecutionRow)[];

export interface NewRun {
  key: RunKey;
  workflowType: string;
  taskQueue: string;
  requestId: string;
  workflowTaskTimeoutMs: number;
  parent?: { workflowId: string; runId: string; initiatedEventId: number; closePolicy: number };
  firstRunId?: string;
  /** The run this one carries on from (continue-as-new or reset). */
  continuedFromRunId?: string;
  executionTimeoutMs?: number;
  runTimeoutMs?: number;
  executionDeadline?: number | null;
}

/** How many runs a pool's cache keeps (a row of about 1 KB and a few events each), least recently saved first out. */
const CACHED_RUNS = 10_000;
/** How many of a run's last events its cache entry keeps: enough for the history of a run's next workflow task. */
const CACHED_EVENTS = 16;

/**
 * A run as this process saved it last: its row (with the version saved) and its last events, up to the row's
 * last event. A version says exactly what the database holds, so an entry whose version is the one a transition
 * read is the truth.
 */
interface CachedRun {
  row: ExecutionRow;
  events: v1.HistoryEvent[];
  /**
   * The run's activity rows at that version, by ActivityTaskScheduled event ID: every one of them when `complete`
   * (the entry descends from the run's creation in this process), else only those this process wrote. Every
   * change to a row goes with a save of the run, which raises the version, except a heartbeat's: the heartbeat
   * columns (details, time) may be older than the table's.
   */
  activities: { rows: Map<number, ActivityRow>; complete: boolean };
}

/**
 * The runs this process saved last, by run (the pool's cache, see database.ts), so that a run's next optimistic
 * transition does not read its row, and a workflow task's history need not be read back when its events were
 * just written: most transitions follow one made here (an activity's completion follows the workflow task
 * completion that scheduled it). A row someone else wrote since (another runtime instance) fails the save's
 * version guard, or the checks before it, and the transition runs again from the database.
 */
function cachedRun(tx: Tx, key: string): CachedRun | undefined {
  const entry = cacheOf(tx)?.get(key) as CachedRun | ClosedRun | undefined;
  return entry && 'row' in entry ? entry : undefined;
}

function cacheRun(tx: Tx, key: string, run: CachedRun | ClosedRun | undefined): void {
  const cache = cacheOf(tx);
  if (!cache) return;
  cache.delete(key);
  if (!run) return;
  cache.set(key, run);
  if (cache.size > CACHED_RUNS) cache.delete(cache.keys().next().value!);
}

/**
 * How a run closed, as this process saved it: final (nothing changes a closed run's row), so a result waiter
 * woken by the close reads it from here instead of the database. Kept only for outcomes up to this size.
 */
export interface ClosedRun {
  closed: Pick<ExecutionRow, 'status' | 'result' | 'failure' | 'new_execution_run_id'>;
}
const CACHED_OUTCOME_BYTES = 64 * 1024;

/** A run's outcome when this process closed it (see ClosedRun). */
export function closedRunOf(db: Db, key: RunKey): ClosedRun['closed'] | undefined {
  return (poolCacheOf(db)?.get(runKeyString(key)) as Partial<ClosedRun> | undefined)?.closed;
}

export type EventAttributes = Omit<v1.IHistoryEvent, 'eventId' | 'eventTimeMs'>;

/**
 * One run's mutable state, loaded inside a transaction. Changes are made in memory (`append`, field writes) and
 * written by `save()`, which guards the row with the version read at load time: if anyone else wrote the run
 * since, save throws ConflictError and the transaction is retried from the start (invariant 3). The new events are
 * inserted in the same transaction as the row update and whatever tasks and timers the caller wrote (invariant 2).
 */
export class RunState {
  private readonly newEvents: v1.HistoryEvent[] = [];
  /** The transition's writes to the run's tasks, timers and activities, written by save(). */
  readonly work = new RunWork();
  private readonly notifications = new Set<string>();
  private readonly loadedVersion: number;
  /** The last event id that existed when the run was loaded. */
  readonly lastEventIdAtLoad: number;
  /** The run's last stored events as of the load (from the cache, when its entry was of the version loaded). */
  private readonly knownEvents: v1.HistoryEvent[];
  /** The run's activity rows as of the load, as far as the cache knows them (its entry was of the version loaded). */
  private readonly knownActivities?: CachedRun['activities'];

  private constructor(readonly row: ExecutionRow, readonly now: number, private readonly isNew: boolean, cached?: CachedRun) {
    this.loadedVersion = row.version;
    this.lastEventIdAtLoad = row.next_event_id - 1;
    const current = cached && cached.row.version === row.version ? cached : undefined;
    this.knownEvents = current?.events ?? [];
    this.knownActivities = isNew ? { rows: new Map(), complete: true } : current?.activities;
  }

  /**
   * An activity row as of the load, by ActivityTaskScheduled event ID or activity ID, when this process knows it
   * without a read: the row (a copy), null when the run has no such activity, undefined when only the table can
   * say. Its heartbeat columns may be older than the table's (see CachedRun): for optimistic transitions, which
   * do not read them.
   */
  knownActivity(key: number | string): ActivityRow | null | undefined {
    const known = this.knownActivities;
    if (!known) return undefined;
    const row = typeof key === 'number' ? known.rows.get(key) : [...known.rows.values()].find((a) => a.activity_id === key);
    if (row) return { ...row };
    return known.complete ? null : undefined;
  }

  /** The stored events from `from` to the last one as of the load, when this process knows them without a read. */
  storedEventsFrom(from: number): v1.HistoryEvent[] | undefined {
    if (from > this.lastEventIdAtLoad) return [];
    const first = Number(this.knownEvents[0]?.eventId ?? Infinity);
    return from >= first ? this.knownEvents.slice(from - first) : undefined;
  }

  /**
   * Loads a run. In a transaction that will write it, `lock` (the default) takes the row lock at once, so that
   * concurrent writers of one run (a burst of signals, a task being started, a child telling its parent) queue
   * instead of losing the optimistic race and running their whole transaction again. The version guard in save()
   * still holds for writers that did not lock.
   */
  static async load(tx: Tx, key: RunKey, now: number, lock = true): Promise<RunState | undefined> {
    const optimistic = optimisticState(tx);
    const cached = cachedRun(tx, runKeyString(key));
    if (cached && optimistic && !optimistic.noCache) {
      optimistic.cached = true;
      return new RunState({ ...cached.row }, now, false, cached);
    }
    const { rows } = await tx.query<ExecutionRow>(
      `SELECT * FROM executions WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3${lock && !optimistic ? ' FOR UPDATE' : ''}`,
      [key.namespace, key.workflowId, key.runId]);
    return rows[0] ? new RunState(rows[0], now, false, cached) : undefined;
  }

  /**
   * Runs `claim`, a statement that deletes one row holding a run's key and returns it (`RETURNING *`), and locks
   * and loads that run in the same round trip. Undefined when nothing was claimed; `run` is undefined when the
   * claimed row's run no longer exists.
   */
  static async claimWithRun<T extends { namespace: string; workflow_id: string; run_id: string }>(tx: Tx, claim: string,
    values: unknown[], now: number): Promise<{ claimed: T; run?: RunState } | undefined> {
    const { rows } = await tx.query<ExecutionRow & { claimed: T }>(`WITH c AS (${claim})
      SELECT row_to_json(c) AS claimed, e.* FROM c LEFT JOIN LATERAL (SELECT * FROM executions x
        WHERE x.namespace = c.namespace AND x.workflow_id = c.workflow_id AND x.run_id = c.run_id FOR UPDATE) e ON true`, values);
    const row = rows[0];
    if (!row) return undefined;
    const { claimed, ...run } = row;
    return { claimed, run: run.run_id === null ? undefined
      : new RunState(run, now, false, cachedRun(tx, runKeyString({ namespace: run.namespace, workflowId: run.workflow_id, runId: run.run_id }))) };
  }

  static create(init: NewRun, now: number): RunState {
    return new RunState({
      namespace: init.key.namespace, workflow_id: init.key.workflowId, run_id: init.key.runId,
      workflow_type: init.workflowType, task_queue: init.taskQueue, status: RunStatus.Running,
      request_id: init.requestId, next_event_id: 1, version: 0, start_time: now, close_time: null,
      workflow_task_timeout_ms: init.workflowTaskTimeoutMs, wft_state: WorkflowTaskState.None,
      wft_scheduled_event_id: null, wft_started_event_id: null, wft_attempt: 1, wft_scheduled_time: null,
      wft_started_time: null, wft_last_failure: null, result: null, failure: null,
      parent_workflow_id: init.parent?.workflowId ?? null, parent_run_id: init.parent?.runId ?? null,
      parent_initiated_event_id: init.parent?.initiatedEventId ?? null, parent_close_policy: init.parent?.closePolicy ?? 0,
      new_execution_run_id: null, first_run_id: init.firstRunId ?? init.key.runId,
      workflow_execution_timeout_ms: init.executionTimeoutMs ?? 0, workflow_run_timeout_ms: init.runTimeoutMs ?? 0,
      execution_deadline: init.executionDeadline ?? null, cancel_requested: false, last_event_time: now,
      continued_from_run_id: init.continuedFromRunId ?? null, sticky_queue: null, sticky_event_id: null,
      has_children: false,
    }, now, true);
  }

  /**
   * A copy of this transition, not yet saved, to go on with at time `now` (a later one, when the clock moved): the
   * copy's save writes both transitions, and this one stays as it was, to be saved alone if the copy is not.
   */
  fork(now: number): RunState {
    const copy = Object.create(RunState.prototype) as RunState;
    return Object.assign(copy, this, { row: { ...this.row }, now: Math.max(this.now, now), newEvents: [...this.newEvents],
      work: this.work.clone(), notifications: new Set(this.notifications) });
  }

  /**
   * For a new run whose start did not look at the workflow ID first: its save writes nothing (ConflictError) if a
   * run of the ID is running or was made by the same request ID, and the start runs again, looking this time.
   */
  onlyIfFirst = false;

  get key(): RunKey {
    return { namespace: this.row.namespace, workflowId: this.row.workflow_id, runId: this.row.run_id };
  }

  get isRunning(): boolean {
    return this.row.status === RunStatus.Running;
  }

  /** Appends an event (in memory until save) and returns its id. */
  append(attributes: EventAttributes): number {
    const eventId = this.row.next_event_id++;
    this.row.last_event_time = this.now;
    this.newEvents.push(pb.HistoryEvent.create({ ...attributes, eventId, eventTimeMs: this.now }));
    return eventId;
  }

  /** Appends a copy of another run's event under the next id, keeping its time (a reset's kept events). */
  appendCopy(event: v1.HistoryEvent): number {
    const eventId = this.row.next_event_id++;
    this.newEvents.push(pb.HistoryEvent.create({ ...event, eventId }));
    return eventId;
  }

  get appendedEvents(): readonly v1.HistoryEvent[] {
    return this.newEvents;
  }

  notify(key: string): void {
    this.notifications.add(key);
  }

  /**
   * Writes the transition in one statement: the row (inserted, or updated under the version guard), the new
   * events, the tasks, timers and activities of `work`, and the queued notifications (sent on commit). With
   * `row` false only the rest is written (a timer re-armed without any change to the run).
   */
  async save(tx: Tx, row = true): Promise<void> {
    const r = this.row;
    const values: unknown[] = [r.namespace, r.workflow_id, r.run_id];
    // Nothing is written unless the row is: a save outside a transaction (inOptimisticTransaction) that loses
    // the version race writes nothing at all.
    const writesRow = row || this.isNew;
    const wakeup = localWakeupOf(tx);
    const payload = Notifier.payload(this.notifications, wakeup?.origin);
    // Every choice below of what the statement holds, as bits: one text per shape, built the first time. Later
    // saves of the shape only gather the values (their placeholders are left empty and the pieces thrown away),
    // and the same string is sent, so its prepared statement's name is found without hashing a new text.
    const shape = this.work.shape | ((this.isNew ? 1 : 0) | (this.onlyIfFirst ? 2 : 0) | (row ? 4 : 0) |
      (this.newEvents.length > 0 ? 8 : 0) | (payload ? 16 : 0)) << RunWork.SHAPE_BITS;
    const known = saveTexts.get(shape);
    const param: Param = known !== undefined ? (value) => {
      values.push(value);
      return '';
    } : (value, type) => {
      values.push(value);
      return type ? `$${values.length}::${type}` : `$${values.length}`;
    };
    const parts: string[] = [];
    if (this.isNew) {
      const columns = (Object.keys(r) as (keyof ExecutionRow)[]).filter((c) => !KEY_COLUMNS.includes(c));
      const placeholders = columns.map((c) => param(c === 'version' ? this.loadedVersion + 1 : r[c]));
      // A start that did not look first: only while no run of the workflow ID runs or came from the same request.
      const unless = this.onlyIfFirst ? `WHERE NOT EXISTS (SELECT 1 FROM executions x WHERE x.namespace = $1 AND
        x.workflow_id = $2 AND (x.status = ${RunStatus.Running} OR x.request_id = ${param(r.request_id, 'text')}))` : '';
      parts.push(`saved AS (INSERT INTO executions (${[...KEY_COLUMNS, ...columns].join(', ')})
        SELECT $1, $2, $3, ${placeholders.join(', ')} ${unless} RETURNING 1)`);
    } else if (row) {
      const at = values.length + 1;
      values.push(this.loadedVersion + 1, this.loadedVersion, ...MUTABLE_COLUMNS.map((c) => r[c]));
      const sets = MUTABLE_COLUMNS.map((c, i) => `${c} = $${at + 2 + i}`).join(', ');
      parts.push(`saved AS (UPDATE executions SET version = $${at}, ${sets}
        WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3 AND version = $${at + 1} RETURNING 1)`);
    }
    const guard = writesRow ? 'EXISTS (SELECT 1 FROM saved)' : 'true';
    if (this.newEvents.length > 0) {
      // The events' encodings go as one binary parameter, each cut out by its offset (1-based) and length: as an
      // array of bytea they would travel as hex text, encoded here and parsed there.
      const e = this.newEvents;
      const writer = protobuf.Writer.create();
      const offsets: number[] = [];
      const lengths: number[] = [];
      for (const x of e) {
        const start = writer.len;
        pb.HistoryEvent.encode(x, writer);
        offsets.push(start + 1);
        lengths.push(writer.len - start);
      }
      parts.push(`events_in AS (INSERT INTO history_events (namespace, workflow_id, run_id, event_id, event_type, event_time, data)
        SELECT $1, $2, $3, e.id, e.type, e.time, substring(${param(asBuffer(writer.finish()), 'bytea')} FROM e.off FOR e.len)
        FROM unnest(${param(e.map((x) => x.eventId), 'bigint[]')}, ${param(e.map(eventTypeOf), 'text[]')},
          ${param(e.map((x) => x.eventTimeMs), 'bigint[]')}, ${param(offsets, 'integer[]')}, ${param(lengths, 'integer[]')})
          AS e(id, type, time, off, len) WHERE ${guard})`);
    }
    parts.push(...this.work.statements(param, this.now, guard));
    // A SELECT in WITH runs only when referenced: the final SELECT counts it.
    if (payload) parts.push(`notified AS (SELECT pg_notify(${param(Notifier.CHANNEL, 'text')}, ${param(payload, 'text')}) WHERE ${guard})`);
    if (parts.length === 0) return;
    const optimistic = optimisticState(tx);
    const cacheKey = runKeyString(this.key);
    if (optimistic) {
      if (optimistic.owner !== cacheKey) throw new NeedsTransaction(`a save of another run (${this.row.workflow_id})`);
      optimistic.saving = true;
    }
    // The cached row is wrong from here until the save commits (or is wrong for good when it does not).
    if (writesRow) cacheRun(tx, cacheKey, undefined);
    const checks = [writesRow ? '(SELECT count(*) FROM saved) AS saved' : '1 AS saved'];
    if (payload) checks.push('(SELECT count(*) FROM notified) AS notified');
    let text = known;
    if (text === undefined) {
      text = `WITH ${parts.join(',\n')} SELECT ${checks.join(', ')}`;
      saveTexts.set(shape, text);
    }
    let saved: number;
    try {
      const { rows } = await tx.query<{ saved: string | number }>(text, values);
      saved = Number(rows[0]?.saved);
    } catch (err) {
      // The unique index on running runs turns a second start of a running workflow ID into 23505.
      // A concurrent start that won the race is seen when the transaction runs again.
      if (this.isNew && (err as { code?: string }).code === '23505') throw new ConflictError('workflow ID taken by a concurrent start');
      throw err;
    }
    if (saved !== 1) throw new ConflictError();
    if (writesRow) {
      // The run as saved; a closed run has no transitions left to read it, only its outcome for result waiters.
      const known = this.knownActivities;
      const outcomeBytes = (r.result?.length ?? 0) + (r.failure?.length ?? 0);
      const stored: CachedRun | ClosedRun | undefined = this.isRunning
        ? { row: { ...r, version: this.loadedVersion + 1 }, events: [...this.knownEvents, ...this.newEvents].slice(-CACHED_EVENTS),
          activities: { rows: this.work.applyActivities(new Map(known?.rows)), complete: known?.complete ?? false } }
        : outcomeBytes <= CACHED_OUTCOME_BYTES
          ? { closed: { status: r.status, result: keptCopy(r.result), failure: keptCopy(r.failure), new_execution_run_id: r.new_execution_run_id } }
          : undefined;
      afterCommit(tx, () => cacheRun(tx, cacheKey, stored));
    }
    // After the cache: a result waiter woken here finds the closed run in it.
    if (wakeup && payload) {
      const keys = [...this.notifications];
      afterCommit(tx, () => wakeup.wake(keys));
    }
  }
}

/**
 * Bytes that a cache entry keeps for long, copied to a buffer of their own. A small Buffer is a slice of an 8 KB
 * slab shared with others, and keeping the slice keeps the slab: 10,000 closed runs' outcomes of a few bytes each
 * held 35 MB of slabs.
 */
function keptCopy(b: Buffer | null): Buffer | null {
  if (!b) return b;
  const own = Buffer.allocUnsafeSlow(b.length);
  b.copy(own);
  return own;
}

/** Bytes as a Buffer (pg sends a Buffer parameter as binary), without copying them. */
const asBuffer = (b: Uint8Array) => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/** The text of the save statement by its shape (see RunState.save). */
const saveTexts = new Map<number, string>();

/** A run's key as one string (the owner of an optimistic transition). */
export const runKeyString = (k: RunKey) => `${k.namespace}\u0000${k.workflowId}\u0000${k.runId}`;

/** Payloads and failures as the bytea columns of runs, activities and updates hold them. */
export const encodePayloads = (p: v1.IPayloads | null | undefined) => (p ? Buffer.from(pb.Payloads.encode(p).finish()) : null);
export const decodePayloads = (b: Buffer | null) => (b ? pb.Payloads.decode(b) : undefined);
export const encodeFailure = (f: v1.IFailure) => Buffer.from(pb.Failure.encode(f).finish());
export const decodeFailure = (b: Buffer | null) => (b ? pb.Failure.decode(b) : undefined);

/** Reads events `from`..`to` (inclusive) of a run, in order. */
export async function readHistory(tx: Tx | { query: Tx['query'] }, key: RunKey, from = 1, to = Number.MAX_SAFE_INTEGER, limit?: number): Promise<v1.HistoryEvent[]> {
  const { rows } = await tx.query<{ data: Buffer }>(
    `SELECT data FROM history_events WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3
       AND event_id >= $4 AND event_id <= $5 ORDER BY event_id ${limit ? 'LIMIT ' + Math.floor(limit) : ''}`,
    [key.namespace, key.workflowId, key.runId, from, to]);
  return rows.map((r) => pb.HistoryEvent.decode(r.data));
}
