import { status } from '@grpc/grpc-js';
import { newId } from '../sdk/internal/ids.js';
import { pb, v1 } from '../proto/index.js';
import type { Clock } from './clock.js';
import {
  afterCommit, inOptimisticTransaction, inTransaction, NeedsTransaction, optimisticState, takeCommitHooks, withClient, type Db, type Tx,
} from './database.js';
import { HeldCompletion } from './held-completions.js';
import { alreadyExists, ConflictError, failedPrecondition, invalidArgument, notFound, ServiceError } from './errors.js';
import type { Logger } from './logger.js';
import { RuntimeMetrics, type WorkflowTaskDispatch } from './metrics.js';
import { closedKey, Notifier, queueKey, updateKey } from './notifier.js';
import {
  ACTIVITY_TIMER_KINDS, claimDueTimer, claimTask, deleteTimers, deleteUserTimer, enqueueTask, queueHasTask,
  insertTimer, TaskKind, TimerKind, unstickWorkflowTask, type TimerRow,
} from './queues.js';
import { planReset } from './reset.js';
import { retryDelayMs, retryState, workflowTaskRetryDelayMs } from './retry-policy.js';
import {
  closedRunOf, decodeFailure, decodePayloads, encodeFailure, encodePayloads, readHistory, runKeyString, RunState, RunStatus, WorkflowTaskState,
  type EventAttributes, type NewRun, type RunKey,
} from './run-state.js';

export const DEFAULT_NAMESPACE = 'default';
export const DEFAULT_WORKFLOW_TASK_TIMEOUT_MS = 10_000;
const MAX_ID_LENGTH = 1_000;

export const enum ActivityState {
  Scheduled = 1,
  Started = 2,
  BackingOff = 3,
}

/** An `activities` row (the visibility module reads them too). */
export interface ActivityRow {
  scheduled_event_id: number;
  activity_id: string;
  activity_type: string;
  task_queue: string;
  state: ActivityState;
  attempt: number;
  scheduled_time: number;
  started_time: number | null;
  next_attempt_time: number | null;
  last_failure: Buffer | null;
  last_worker_identity: string | null;
  scheduled: Buffer;
  heartbeat_details: Buffer | null;
  last_heartbeat_time: number | null;
  cancel_requested_event_id: number | null;
  attempt_scheduled_time: number | null;
}

export interface EngineOptions {
  /** History length past which workflow tasks say continueAsNewSuggested. @default 10000 */
  continueAsNewSuggestedEvents?: number;
  /** A run's history crossing each multiple of this many events is logged as a warning (there is no hard limit). @default 20000 */
  historySizeWarningEvents?: number;
  /** Events per page of history in a workflow or query task (the worker reads further pages). @default 1000 */
  historyPageSize?: number;
  /** How long a workflow task waits on a worker's sticky queue before it goes back to the task queue. @default 5000 */
  stickyScheduleToStartMs?: number;
  /**
   * How long an activity's completion that starts the run's next workflow task for the same worker waits, unsaved,
   * for that task's completion, to be saved with it in one statement (see held-completions.ts); 0 saves it at
   * once. @default 1000
   */
  completionHoldMs?: number;
  metrics?: RuntimeMetrics;
}

export interface UpdateOutcome {
  completed: boolean;
  result?: v1.IPayloads;
  failure?: v1.IFailure;
}

export interface ClosedResult {
  runId: string;
  newRunId?: string;
  status: RunStatus;
  result?: v1.IPayloads;
  failure?: v1.IFailure;
}

function requireString(value: string | null | undefined, field: string): string {
  if (!value) throw invalidArgument(field, 'is required');
  if (value.length > MAX_ID_LENGTH) throw invalidArgument(field, `is longer than ${MAX_ID_LENGTH} characters`);
  return value;
}

function encodeToken(token: v1.ITaskToken): Uint8Array {
  return pb.TaskToken.encode(token).finish();
}

function decodeToken(bytes: Uint8Array | null | undefined, activity: boolean): v1.TaskToken {
  if (!bytes || bytes.length === 0) throw invalidArgument('task_token', 'is required');
  let token: v1.TaskToken;
  try {
    token = pb.TaskToken.decode(bytes);
  } catch {
    throw invalidArgument('task_token', 'is not a task token this service issued');
  }
  if (!token.workflowId || !token.runId || token.activity !== activity) {
    throw invalidArgument('task_token', `is not ${activity ? 'an activity' : 'a workflow'} task token`);
  }
  return token;
}

/** What applying a task's commands gathers: steps after every command event, steps after the run is saved. */
interface CommandContext {
  completedId: number;
  after: (() => Promise<void>)[];
  /** What closing the run does to other runs (children, parent), after the `after` steps. */
  closing: (() => Promise<void>)[];
  afterSave: (() => Promise<void>)[];
  /** Something the workflow waits for was appended: it needs another workflow task. */
  requestTask(): void;
  /** Eager dispatch: activities scheduled on this queue start at once, for the completing worker, up to `left`. */
  eager?: { taskQueue: string; identity: string; left: number; tasks: v1.IActivityTask[] };
}

/** The stream an activity's completion came on, with a workflow slot lent for the run's next workflow task. */
export interface EagerWorkflowTask {
  /** The stream's sticky queue: the run's next task comes back eagerly only when the run is sticky to it. */
  stickyQueue: string;
  identity: string;
  /** Sends the task on the stream: after the completion is saved, or before, when the completion is held for it. */
  send(task: v1.IWorkflowTask): void;
}

/** A completing worker that can take activities of its task queue at once (see completeWorkflowTask). */
export interface EagerActivities {
  taskQueue: string;
  identity: string;
  /** Activity slots the worker has free. */
  slots: number;
}

const TIMER_KIND_NAMES: Record<number, string> = {
  [TimerKind.User]: 'user', [TimerKind.ActivityStartToClose]: 'activity_start_to_close', [TimerKind.ActivityRetry]: 'activity_retry',
  [TimerKind.WorkflowTaskTimeout]: 'workflow_task_timeout', [TimerKind.WorkflowTaskRetry]: 'workflow_task_retry',
  [TimerKind.ActivityScheduleToStart]: 'activity_schedule_to_start', [TimerKind.ActivityScheduleToClose]: 'activity_schedule_to_close',
  [TimerKind.ActivityHeartbeat]: 'activity_heartbeat', [TimerKind.WorkflowRunTimeout]: 'workflow_run_timeout',
  [TimerKind.WorkflowExecutionTimeout]: 'workflow_execution_timeout', [TimerKind.StickyScheduleToStart]: 'sticky_schedule_to_start',
};

/** Task queue names that begin so are the sticky queues of Connect streams. */
export const STICKY_QUEUE_PREFIX = '__sticky/';

const STATUS_NAMES: Record<number, string> = { 1: 'running', 2: 'completed', 3: 'failed', 4: 'cancelled', 5: 'terminated',
  6: 'continued as new', 7: 'timed out' };

interface Signal {
  name: string;
  input?: v1.IPayloads | null;
  identity?: string | null;
  external?: v1.IWorkflowExecution | null;
  reason?: string | null;
}

/** What starting a run needs, checked from a request or a command. */
interface StartParams {
  namespace: string;
  workflowId: string;
  workflowType: string;
  taskQueue: string;
  input?: v1.IPayloads | null;
  requestId: string;
  identity?: string | null;
  workflowTaskTimeoutMs: number;
  executionTimeoutMs: number;
  runTimeoutMs: number;
  reusePolicy?: v1.WorkflowIdReusePolicy | null;
  conflictPolicy?: v1.WorkflowIdConflictPolicy | null;
  signal?: Signal;
  parent?: NewRun['parent'];
  runId?: string;
  /** A continue-as-new: no policy applies, and the chain's first run and execution deadline carry over. */
  continued?: { runId: string; firstRunId: string; executionDeadline: number | null };
  /** Eager start: the first workflow task starts at once, for the worker `identity` (see startWorkflow). */
  eager?: { identity: string };
}

/** What a start did: the run, whether this request started it, and its first workflow task when started eagerly. */
export interface Started {
  runId: string;
  started: boolean;
  eagerTask?: v1.IWorkflowTask;
}

/** A millisecond field of a request: 0 when unset; a negative value is INVALID_ARGUMENT naming the field. */
export function nonNegative(value: number | null | undefined, field: string): number {
  const n = Number(value ?? 0);
  if (!Number.isFinite(n) || n < 0) throw invalidArgument(field, 'must not be negative');
  return n;
}

function enumValue<E extends Record<string, string | number>>(e: E, value: number | null | undefined, field: string): number {
  const v = value ?? 0;
  if (typeof e[v as unknown as keyof E] !== 'string') throw invalidArgument(field, `${v} is not a known value`);
  return v;
}

function startParams(req: v1.IStartWorkflowRequest, at: string): StartParams {
  const f = (name: string) => (at === 'start' ? name : `${at}.${name}`);
  return {
    namespace: req.namespace || DEFAULT_NAMESPACE,
    workflowId: requireString(req.workflowId, f('workflow_id')),
    workflowType: requireString(req.workflowType, f('workflow_type')),
    taskQueue: requireString(req.taskQueue, f('task_queue')),
    input: req.input, requestId: req.requestId || newId(), identity: req.identity,
    workflowTaskTimeoutMs: nonNegative(req.workflowTaskTimeoutMs, f('workflow_task_timeout_ms')) || DEFAULT_WORKFLOW_TASK_TIMEOUT_MS,
    executionTimeoutMs: nonNegative(req.workflowExecutionTimeoutMs, f('workflow_execution_timeout_ms')),
    runTimeoutMs: nonNegative(req.workflowRunTimeoutMs, f('workflow_run_timeout_ms')),
    reusePolicy: enumValue(v1.WorkflowIdReusePolicy, req.workflowIdReusePolicy, f('workflow_id_reuse_policy')),
    conflictPolicy: enumValue(v1.WorkflowIdConflictPolicy, req.workflowIdConflictPolicy, f('workflow_id_conflict_policy')),
  };
}

/** The run a request ID already made of a workflow ID (a repeated start or reset request), if any. */
async function runByRequestId(q: Pick<Tx, 'query'>, namespace: string, workflowId: string, requestId: string): Promise<string | undefined> {
  const { rows } = await q.query<{ run_id: string }>(
    'SELECT run_id FROM executions WHERE namespace = $1 AND workflow_id = $2 AND request_id = $3', [namespace, workflowId, requestId]);
  return rows[0]?.run_id;
}

/**
 * What a start needs to know of a workflow ID, in one round trip: the run a request ID already made of it (a
 * repeated start), the run running now, and the latest run (for the reuse policy).
 */
async function workflowIdState(q: Pick<Tx, 'query'>, namespace: string, workflowId: string, requestId: string):
  Promise<{ same?: string; running?: string; last?: { status: number; run_id: string } }> {
  const { rows } = await q.query<{ same: string | null; running: string | null; last_status: number | null; last_run_id: string | null }>(
    `SELECT (SELECT run_id FROM executions WHERE namespace = $1 AND workflow_id = $2 AND request_id = $3 LIMIT 1) AS same,
       (SELECT run_id FROM executions WHERE namespace = $1 AND workflow_id = $2 AND status = 1) AS running,
       l.status AS last_status, l.run_id AS last_run_id
     FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT status, run_id FROM executions WHERE namespace = $1 AND workflow_id = $2
       ORDER BY start_time DESC, run_id DESC LIMIT 1) l ON true`, [namespace, workflowId, requestId]);
  const r = rows[0]!;
  return { same: r.same ?? undefined, running: r.running ?? undefined,
    last: r.last_run_id ? { status: r.last_status!, run_id: r.last_run_id } : undefined };
}

/** The parent link of a run's row, for the run that carries it on (continue-as-new, reset). */
function parentOf(r: RunState['row']): NewRun['parent'] {
  return r.parent_workflow_id ? { workflowId: r.parent_workflow_id, runId: r.parent_run_id!,
    initiatedEventId: r.parent_initiated_event_id!, closePolicy: r.parent_close_policy } : undefined;
}

/** A new run's run timeout (from now) and the execution deadline of its chain, as timers. */
function armRunTimeouts(run: RunState): void {
  const r = run.row;
  if (r.workflow_run_timeout_ms > 0) insertTimer(run, TimerKind.WorkflowRunTimeout, run.now + r.workflow_run_timeout_ms, 1);
  if (r.execution_deadline) insertTimer(run, TimerKind.WorkflowExecutionTimeout, r.execution_deadline, 1);
}

/** The run ID of the running run of a workflow ID, if one runs. */
async function runningRunId(q: Pick<Tx, 'query'>, namespace: string, workflowId: string): Promise<string | undefined> {
  const { rows } = await q.query<{ run_id: string }>(
    'SELECT run_id FROM executions WHERE namespace = $1 AND workflow_id = $2 AND status = 1', [namespace, workflowId]);
  return rows[0]?.run_id;
}

/** The GetWorkflowHistory page token that reads on from event `from`. */
const historyPageToken = (from: number): Uint8Array => Buffer.from(String(from));

interface HistoryPage {
  history: v1.HistoryEvent[];
  /** Empty when `history` reaches the last event asked for. */
  nextPageToken: Uint8Array;
}

/** Events `from`..`to` of a run, at most `limit` of them, and the token that reads on from where they stop. */
async function readHistoryPage(q: Pick<Tx, 'query'>, key: RunKey, from: number, to: number, limit?: number): Promise<HistoryPage> {
  const history = await readHistory(q, key, from, to, limit);
  return { history, nextPageToken: nextPageToken(history, to) };
}

/** The token that reads on after `history` when it stops short of event `to`; empty when it reaches it. */
function nextPageToken(history: v1.IHistoryEvent[], to: number): Uint8Array {
  const lastRead = Number(history[history.length - 1]?.eventId ?? to);
  return lastRead < to ? historyPageToken(lastRead + 1) : new Uint8Array();
}

const tokenKey = (t: v1.TaskToken): RunKey => ({ namespace: t.namespace, workflowId: t.workflowId, runId: t.runId });

/**
 * The history engine: every state transition of a run, each one transaction that appends the events, updates
 * the run under its version guard and writes the tasks and timers the transition creates.
 */
export class HistoryEngine {
  private readonly suggestContinueAsNewAt: number;
  private readonly warnEvery: number;
  private readonly pageSize: number;
  private readonly stickyTimeoutMs: number;
  private readonly holdMs: number;
  readonly metrics: RuntimeMetrics;
  /** Names this instance's sticky queues; those of its streams still open are in `liveSticky`. */
  private readonly instanceId = newId();
  private readonly liveSticky = new Set<string>();
  /** The last history size warning logged per run (a bounded memo: warnings are logs, not state). */
  private readonly warned = new Map<string, number>();

  constructor(private readonly db: Db, private readonly clock: Clock, private readonly logger: Logger, options: EngineOptions = {}) {
    this.suggestContinueAsNewAt = options.continueAsNewSuggestedEvents ?? 10_000;
    this.warnEvery = options.historySizeWarningEvents ?? 20_000;
    this.pageSize = options.historyPageSize ?? 1_000;
    this.stickyTimeoutMs = options.stickyScheduleToStartMs ?? 5_000;
    this.holdMs = options.completionHoldMs ?? 1_000;
    this.metrics = options.metrics ?? new RuntimeMetrics({ defaultMetrics: false });
  }

  /** A sticky queue for a Connect stream: its workers' tasks for the runs they keep cached are queued under it. */
  openStickyQueue(): string {
    const name = `${STICKY_QUEUE_PREFIX}${this.instanceId}/${newId()}`;
    this.liveSticky.add(name);
    return name;
  }

  /**
   * The stream of a sticky queue closed: the workflow tasks queued under it go back to their runs' task queues
   * now (rather than when their sticky timers fire), and no new one is queued under it.
   */
  async closeStickyQueue(namespace: string, name: string): Promise<void> {
    this.liveSticky.delete(name);
    this.letGoHeld(name);
    await this.tx(async (tx) => {
      const { rows } = await tx.query<{ task_queue: string }>(`UPDATE tasks t SET task_queue = e.task_queue FROM executions e
        WHERE t.id IN (SELECT id FROM tasks WHERE namespace = $1 AND task_queue = $2 AND kind = 1 FOR UPDATE SKIP LOCKED)
          AND e.namespace = t.namespace AND e.workflow_id = t.workflow_id AND e.run_id = t.run_id RETURNING t.task_queue`, [namespace, name]);
      await Notifier.notify(tx, new Set(rows.map((r) => queueKey(namespace, r.task_queue, 'workflow'))));
    });
  }

  /** False for a sticky queue of this instance whose stream has closed (another instance's: its timer decides). */
  private stickyQueueOpen(name: string): boolean {
    return !name.startsWith(`${STICKY_QUEUE_PREFIX}${this.instanceId}/`) || this.liveSticky.has(name);
  }

  private warnHistorySize(r: { workflow_id: string; run_id: string }, length: number): void {
    const step = Math.floor(length / this.warnEvery);
    if (step < 1 || (this.warned.get(r.run_id) ?? 0) >= step) return;
    if (this.warned.size >= 10_000) this.warned.clear();
    this.warned.set(r.run_id, step);
    this.logger.warn({ workflowId: r.workflow_id, runId: r.run_id, events: length },
      'workflow history is long: the run should continue as new (workflowInfo().continueAsNewSuggested)');
  }

  /** The tail of the queue of writes to each run made by this instance, and how many are queued (see runTx). */
  private readonly runQueues = new Map<string, { tail: Promise<unknown>; queued: number }>();
  /** Activity completions held for the workflow task they started, by run (see held-completions.ts). */
  private readonly held = new Map<string, HeldCompletion>();

  /** The completions held for the tasks sent on a stream's sticky queue go alone now (the stream drains or closed). */
  letGoHeld(stickyQueue: string): void {
    for (const h of [...this.held.values()]) if (h.stickyQueue === stickyQueue) h.letGo();
  }

  private tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return inTransaction(this.db, fn);
  }

  /**
   * A transaction on one run, queued behind this instance's other writes to the same run. Concurrent writes
   * from one instance (a fan-out's activity completions) then take turns instead of losing optimistic races;
   * the version guard still arbitrates between instances. `optimistic`: the transition is tried without
   * BEGIN/COMMIT first (inOptimisticTransaction), for transitions that mostly write their own run only. A
   * transition that ends holding its save (an activity completion held for its workflow task) keeps the queue
   * until it is saved, and a write queued meanwhile makes it save at once.
   */
  private runTx<T>(key: RunKey, fn: (tx: Tx) => Promise<T>, optimistic = false): Promise<T> {
    const k = runKeyString(key);
    const queue = this.runQueues.get(k) ?? { tail: Promise.resolve(), queued: 0 };
    // A completion held for its workflow task is saved alone first: this write comes after it.
    this.held.get(k)?.letGo();
    queue.queued++;
    const next = queue.tail.then(() => (optimistic ? inOptimisticTransaction(this.db, k, fn) : this.tx(fn)));
    // A transition that held its save (completeActivityTask) keeps the writes after it waiting until it is saved.
    const tail = next.then(() => this.held.get(k)?.released, () => undefined);
    queue.tail = tail;
    this.runQueues.set(k, queue);
    void tail.then(() => {
      if (--queue.queued === 0 && this.runQueues.get(k) === queue) this.runQueues.delete(k);
    });
    return next;
  }

  /** Whether this instance has writes to the run queued besides the one running now (see runTx). */
  private othersQueued(key: RunKey): boolean {
    return (this.runQueues.get(runKeyString(key))?.queued ?? 0) > 1;
  }

  private async loadRunning(tx: Tx, key: RunKey, what: string): Promise<RunState> {
    const run = await RunState.load(tx, key, this.clock.now());
    if (!run) throw notFound(`${what}: workflow '${key.workflowId}' run '${key.runId}' not found`);
    if (!run.isRunning) throw notFound(`${what}: workflow '${key.workflowId}' run '${key.runId}' is already closed`);
    return run;
  }

  // ---- Client side ------------------------------------------------------------------------------------------

  /**
   * Starts a run. `eager`: a worker of this instance has a workflow slot reserved for the run (the request asked
   * for eager execution): a new run's first workflow task starts in the same transaction, for that worker, and
   * comes back as `eagerTask` instead of being queued.
   */
  async startWorkflow(req: v1.IStartWorkflowRequest, eager?: { identity: string }): Promise<Started> {
    const params = startParams(req, 'start');
    params.eager = eager;
    // A plain start writes only its new run: it commits without BEGIN/COMMIT (a conflict policy that terminates
    // the running run falls back to a transaction).
    params.runId = newId();
    const owner = runKeyString({ namespace: params.namespace, workflowId: params.workflowId, runId: params.runId });
    // Under the default policies a start goes ahead unless a run of the ID is running or came from the same
    // request. Its first attempt does not look: its save checks (a round trip fewer). When the save finds one
    // (or a concurrent start took the ID), the start runs again at once, looking first this time.
    const policiesAllow = (!params.conflictPolicy || params.conflictPolicy === v1.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL) &&
      (!params.reusePolicy || params.reusePolicy === v1.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE);
    if (policiesAllow) {
      try {
        return await inOptimisticTransaction(this.db, owner, (tx) => this.startRun(tx, params, false), 1);
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
      }
    }
    return inOptimisticTransaction(this.db, owner, (tx) => this.startRun(tx, params));
  }

  /** Signals the running run of the workflow ID, or starts one with the signal as its first event. */
  async signalWithStart(req: v1.ISignalWithStartWorkflowRequest): Promise<{ runId: string; started: boolean }> {
    const params = startParams(req.start ?? {}, 'start');
    params.signal = { name: requireString(req.signalName, 'signal_name'), input: req.signalInput, identity: req.start?.identity };
    params.conflictPolicy = v1.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING;
    return this.tx((tx) => this.startRun(tx, params));
  }

  /**
   * Starts a run inside `tx` once the workflow ID's conflict policy (a run is running) and reuse policy (runs
   * have closed) allow it. A concurrent start that takes the ID first makes the transaction run again
   * (RunState.save), which then sees that run.
   */
  private async startRun(tx: Tx, p: StartParams, lookFirst = true): Promise<Started> {
    const { namespace, workflowId } = p;
    const now = this.clock.now();
    if (!p.continued && lookFirst) {
      const { same, running: runningId, last: previous } = await workflowIdState(tx, namespace, workflowId, p.requestId);
      if (same) return { runId: same, started: false };
      if (runningId) {
        const key = { namespace, workflowId, runId: runningId };
        switch (p.conflictPolicy || v1.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL) {
          case v1.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING: {
            if (p.signal) {
              const run = await this.loadRunning(tx, key, 'signal');
              this.appendSignal(run, p.signal);
              this.ensureWorkflowTask(run);
              await run.save(tx);
            }
            return { runId: runningId, started: false };
          }
          case v1.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING: {
            const run = await this.loadRunning(tx, key, 'terminate');
            await this.terminateRun(tx, run, `terminated by a new start of '${workflowId}' (conflict policy TERMINATE_EXISTING)`,
              p.identity ?? '');
            await run.save(tx);
            break;
          }
          default:
            throw alreadyExists(`workflow '${workflowId}' is already running (run ${runningId})`);
        }
      } else {
        const reuse = p.reusePolicy || v1.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE;
        if (previous && reuse === v1.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE) {
          throw alreadyExists(`workflow '${workflowId}' has run before (run ${previous.run_id}) and the ID reuse policy ` +
            'is REJECT_DUPLICATE');
        }
        if (previous?.status === RunStatus.Completed && reuse === v1.WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY) {
          throw alreadyExists(`workflow '${workflowId}' completed successfully (run ${previous.run_id}) and the ID reuse ` +
            'policy is ALLOW_DUPLICATE_FAILED_ONLY');
        }
      }
    }
    const runId = p.runId ?? newId();
    const executionDeadline = p.continued?.executionDeadline ??
      (p.executionTimeoutMs > 0 ? now + p.executionTimeoutMs : null);
    const run = RunState.create({
      key: { namespace, workflowId, runId }, workflowType: p.workflowType, taskQueue: p.taskQueue, requestId: p.requestId,
      workflowTaskTimeoutMs: p.workflowTaskTimeoutMs, parent: p.parent, firstRunId: p.continued?.firstRunId, continuedFromRunId: p.continued?.runId,
      executionTimeoutMs: p.executionTimeoutMs, runTimeoutMs: p.runTimeoutMs, executionDeadline,
    }, now);
    run.onlyIfFirst = !p.continued && !lookFirst;
    run.append({ workflowExecutionStarted: {
      workflowType: p.workflowType, taskQueue: p.taskQueue, input: p.input, workflowTaskTimeoutMs: p.workflowTaskTimeoutMs,
      identity: p.identity, requestId: p.requestId, workflowId, runId,
      parentExecution: p.parent ? { workflowId: p.parent.workflowId, runId: p.parent.runId } : null,
      parentInitiatedEventId: p.parent?.initiatedEventId ?? 0, continuedRunId: p.continued?.runId ?? '',
      firstRunId: p.continued?.firstRunId ?? runId, workflowExecutionTimeoutMs: p.executionTimeoutMs,
      workflowRunTimeoutMs: p.runTimeoutMs,
    } });
    if (p.signal) this.appendSignal(run, p.signal);
    this.scheduleWorkflowTask(run, p.eager ? 'none' : 'queue');
    const eagerStartedId = p.eager ? this.startWorkflowTaskNow(tx, run, p.eager.identity, 'eager_start') : undefined;
    armRunTimeouts(run);
    await run.save(tx);
    afterCommit(tx, () => {
      this.metrics.workflowStarted(p.workflowType);
      this.logger.info({ workflowId, runId, workflowType: p.workflowType, taskQueue: p.taskQueue, eager: !!p.eager }, 'workflow started');
    });
    if (eagerStartedId === undefined) return { runId, started: true };
    // A new run's events are all in memory (and nothing may run after the save of an optimistic transition).
    const page = run.appendedEvents.slice(0, this.pageSize);
    return { runId, started: true, eagerTask: this.workflowTaskMessage(run, eagerStartedId, page, nextPageToken(page, eagerStartedId)) };
  }

  private appendSignal(run: RunState, signal: Signal): void {
    run.append({ workflowExecutionSignaled: {
      signalName: signal.name, input: signal.input, identity: signal.identity, externalExecution: signal.external,
      reason: signal.reason,
    } });
  }

  /** The running run of a workflow ID (when the execution names no run), or the run named. */
  async runningRun(namespace: string, execution: v1.IWorkflowExecution | null | undefined): Promise<RunKey> {
    const key = await this.resolveRun(namespace, execution);
    if (execution?.runId) return key;
    const runId = await runningRunId(this.db, key.namespace, key.workflowId);
    if (!runId) throw notFound(`workflow '${key.workflowId}' is not running`);
    return { ...key, runId };
  }

  /** One transaction on the running run a client request names (or the named run, which must be running). */
  private async onRunning(req: { namespace?: string | null; execution?: v1.IWorkflowExecution | null }, what: string,
    change: (tx: Tx, run: RunState) => Promise<void> | void): Promise<void> {
    const key = await this.runningRun(req.namespace ?? '', req.execution);
    await this.runTx(key, async (tx) => {
      const run = await this.loadRunning(tx, key, what);
      await change(tx, run);
      await run.save(tx);
    });
  }

  /** Appends a signal to a running run and schedules a workflow task for it. */
  async signalWorkflow(req: v1.ISignalWorkflowRequest): Promise<void> {
    const name = requireString(req.signalName, 'signal_name');
    await this.onRunning(req, 'signal', async (tx, run) => {
      this.appendSignal(run, { name, input: req.input, identity: req.identity, reason: req.reason });
      this.ensureWorkflowTask(run);
    });
  }

  /** Records a cancellation request; the workflow's root cancellation scope is cancelled at its next task. */
  async requestCancelWorkflow(req: v1.IRequestCancelWorkflowRequest): Promise<void> {
    await this.onRunning(req, 'cancel', (_tx, run) => this.requestCancel(run, req.reason || 'cancelled by a client', req.identity ?? ''));
  }

  /** Closes a run at once as terminated; its children follow their parent close policy. */
  async terminateWorkflow(req: v1.ITerminateWorkflowRequest): Promise<void> {
    await this.onRunning(req, 'terminate', (tx, run) => this.terminateRun(tx, run, req.reason || 'terminated by a client', req.identity ?? ''));
  }

  private requestCancel(run: RunState, reason: string, identity: string, external?: RunKey): void {
    if (run.row.cancel_requested) return; // asked already; the workflow decides once
    run.row.cancel_requested = true;
    run.append({ workflowExecutionCancelRequested: { reason, identity,
      externalExecution: external ? { workflowId: external.workflowId, runId: external.runId } : null } });
    this.ensureWorkflowTask(run);
  }

  /**
   * Closes a run as terminated. `parentClosing`: its parent is closing and is not told; `resetTo`: a reset carries
   * on in that run, which inherits the parent link (the parent is not told either).
   */
  private async terminateRun(tx: Tx, run: RunState, reason: string, identity: string,
    options: { parentClosing?: boolean; resetTo?: string } = {}): Promise<void> {
    run.append({ workflowExecutionTerminated: { reason, identity, newExecutionRunId: options.resetTo } });
    if (options.resetTo) run.row.new_execution_run_id = options.resetTo;
    await this.closeRun(tx, run, RunStatus.Terminated,
      { failure: { message: reason, source: 'runtime', terminated: {} } }, options.parentClosing || !!options.resetTo);
  }

  /**
   * Starts a new run of a workflow from a chosen workflow task of one of its runs (`reset.ts` plans it): the
   * events before that task are copied (with their times), the task is failed with the reason, the signals the
   * run received after it are delivered again, and the work in flight at that point is set going again. The
   * run reset, when it is the one running, is terminated in the same transaction.
   */
  async resetWorkflow(req: v1.IResetWorkflowRequest): Promise<{ runId: string }> {
    const reason = requireString(req.reason, 'reason');
    const eventId = Number(req.workflowTaskFinishEventId ?? 0);
    if (!Number.isSafeInteger(eventId) || eventId < 1) throw invalidArgument('workflow_task_finish_event_id', 'is required (an event ID)');
    const identity = req.identity ?? '';
    const base = await this.resolveRun(req.namespace ?? '', req.execution);
    const requestId = req.requestId || newId();
    return this.tx(async (tx) => {
      const same = await runByRequestId(tx, base.namespace, base.workflowId, requestId);
      if (same) return { runId: same };
      const old = await RunState.load(tx, base, this.clock.now());
      if (!old) throw notFound(`workflow '${base.workflowId}' run '${base.runId}' not found`);
      const history = await readHistory(tx, base, 1, old.row.next_event_id - 1);
      const plan = planReset(history, eventId);
      const runningId = await runningRunId(tx, base.namespace, base.workflowId);
      if (runningId && runningId !== base.runId) {
        throw failedPrecondition(`workflow '${base.workflowId}' is running in another run (${runningId}); reset that run, or ` +
          'terminate it first');
      }
      const o = old.row;
      const runId = newId();
      const why = `reset to event ${eventId}: ${reason}`;
      if (old.isRunning) {
        await this.terminateRun(tx, old, why, identity, { resetTo: runId });
        await old.save(tx);
      }
      const now = this.clock.now();
      const run = RunState.create({
        key: { ...base, runId }, workflowType: o.workflow_type, taskQueue: o.task_queue, requestId,
        workflowTaskTimeoutMs: o.workflow_task_timeout_ms, firstRunId: o.first_run_id, continuedFromRunId: o.run_id,
        parent: parentOf(o),
        executionTimeoutMs: o.workflow_execution_timeout_ms, runTimeoutMs: o.workflow_run_timeout_ms,
        executionDeadline: o.execution_deadline,
      }, now);
      for (const e of plan.kept) {
        const started = e.workflowExecutionStarted;
        run.appendCopy(started ? pb.HistoryEvent.create({ ...e, workflowExecutionStarted: { ...started, runId,
          originalExecutionRunId: started.originalExecutionRunId || started.runId || o.run_id } }) : e);
      }
      run.append({ workflowTaskFailed: { ...plan.task, cause: 'ResetWorkflow', identity, baseRunId: o.run_id, reason,
        failure: { message: why, source: 'runtime' } } });
      for (const signal of plan.laterSignals) run.append({ workflowExecutionSignaled: signal });
      for (const { event, cancelRequestedEventId } of plan.activities) {
        const id = Number(event.eventId);
        if (cancelRequestedEventId) {
          // Asked to cancel before the task the run goes back to: it is cancelled, as a queued activity is.
          run.append({ activityTaskCanceled: { scheduledEventId: id, latestCancelRequestedEventId: cancelRequestedEventId,
            failure: { message: 'activity cancelled before a worker started it', source: 'runtime', canceled: {} } } });
        } else {
          this.insertActivity(tx, run, id, event.activityTaskScheduled!);
        }
      }
      for (const { event, fireTimeMs } of plan.timers) {
        insertTimer(run, TimerKind.User, fireTimeMs, Number(event.eventId), 0, event.timerStarted!.timerId!);
      }
      for (const u of plan.updates) {
        const c = u.completed;
        await tx.query(`INSERT INTO updates (namespace, workflow_id, run_id, update_id, accepted_event_id, completed, result, failure)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [base.namespace, base.workflowId, runId, u.updateId, u.acceptedEventId, !!c,
          encodePayloads(c?.result), c?.failure ? encodeFailure(c.failure) : null]);
      }
      run.row.cancel_requested = plan.cancelRequested;
      this.scheduleWorkflowTask(run);
      armRunTimeouts(run);
      await run.save(tx);
      afterCommit(tx, () => {
        this.metrics.workflowStarted(o.workflow_type);
        this.logger.info({ workflowId: base.workflowId, runId, baseRunId: o.run_id, eventId, reason, identity }, 'workflow reset');
      });
      return { runId };
    });
  }

  /**
   * The run ID named, or the latest run of the workflow ID when none is named. `checked` false: a named run is
   * taken as it is, for a caller whose own read says when it does not exist.
   */
  async resolveRun(namespace: string, execution: v1.IWorkflowExecution | null | undefined, checked = true): Promise<RunKey> {
    const workflowId = requireString(execution?.workflowId, 'execution.workflow_id');
    const ns = namespace || DEFAULT_NAMESPACE;
    if (execution?.runId && !checked) return { namespace: ns, workflowId, runId: execution.runId };
    if (execution?.runId) {
      const { rows } = await this.db.query('SELECT 1 FROM executions WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3',
        [ns, workflowId, execution.runId]);
      if (!rows[0]) throw notFound(`workflow '${workflowId}' has no run '${execution.runId}'`);
      return { namespace: ns, workflowId, runId: execution.runId };
    }
    const { rows } = await this.db.query<{ run_id: string }>(
      `SELECT run_id FROM executions WHERE namespace = $1 AND workflow_id = $2 ORDER BY start_time DESC, run_id DESC LIMIT 1`,
      [ns, workflowId]);
    if (!rows[0]) throw notFound(`workflow '${workflowId}' not found`);
    return { namespace: ns, workflowId, runId: rows[0].run_id };
  }

  async getHistory(key: RunKey, pageSize: number, pageToken: Uint8Array | null | undefined): Promise<v1.IGetWorkflowHistoryResponse> {
    if (pageSize < 0 || pageSize > 10_000) throw invalidArgument('maximum_page_size', 'must be between 0 and 10000');
    const size = pageSize || 1_000;
    let from = 1;
    if (pageToken && pageToken.length > 0) {
      from = Number(Buffer.from(pageToken).toString('utf8'));
      if (!Number.isSafeInteger(from) || from < 1) throw invalidArgument('next_page_token', 'is not a token this service issued');
    }
    const events = await readHistory(this.db, key, from, Number.MAX_SAFE_INTEGER, size + 1);
    const more = events.length > size;
    if (more) events.length = size;
    return {
      events, runId: key.runId,
      nextPageToken: more ? historyPageToken(events[events.length - 1]!.eventId + 1) : new Uint8Array(),
    };
  }

  /** The outcome of a closed run, or undefined while it runs. */
  async closedResult(key: RunKey): Promise<ClosedResult | undefined> {
    // A run this process closed: its outcome is final (a waiter woken by the close reads nothing).
    const row = closedRunOf(this.db, key) ?? (await this.db.query<{ status: number; result: Buffer | null; failure: Buffer | null;
      new_execution_run_id: string | null }>('SELECT status, result, failure, new_execution_run_id FROM executions WHERE namespace = $1 ' +
      'AND workflow_id = $2 AND run_id = $3', [key.namespace, key.workflowId, key.runId])).rows[0];
    if (!row) throw notFound(`workflow '${key.workflowId}' has no run '${key.runId}'`);
    if (row.status === RunStatus.Running) return undefined;
    return {
      runId: key.runId, status: row.status, newRunId: row.new_execution_run_id ?? undefined,
      result: decodePayloads(row.result),
      failure: decodeFailure(row.failure),
    };
  }

  // ---- Updates ----------------------------------------------------------------------------------------------

  /** The outcome of an update of the run, or undefined when the run never accepted it. */
  async updateOutcome(key: RunKey, updateId: string): Promise<UpdateOutcome | undefined> {
    const { rows } = await this.db.query<{ completed: boolean; result: Buffer | null; failure: Buffer | null }>(
      `SELECT completed, result, failure FROM updates WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3 AND update_id = $4`,
      [key.namespace, key.workflowId, key.runId, updateId]);
    const row = rows[0];
    if (!row) return undefined;
    return { completed: row.completed, result: decodePayloads(row.result), failure: decodeFailure(row.failure) };
  }

  /**
   * Accepts a validated update into the run's history (once per update ID) and schedules a workflow task that
   * runs its handler.
   */
  async acceptUpdate(key: RunKey, updateId: string, name: string, input: v1.IPayloads | null | undefined, identity: string): Promise<void> {
    await this.runTx(key, async (tx) => {
      const run = await this.loadRunning(tx, key, 'update');
      const seen = await tx.query('SELECT 1 FROM updates WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3 AND update_id = $4',
        [key.namespace, key.workflowId, key.runId, updateId]);
      if (seen.rows[0]) return;
      const id = run.append({ workflowExecutionUpdateAccepted: { updateId, name, input, identity } });
      await tx.query('INSERT INTO updates (namespace, workflow_id, run_id, update_id, accepted_event_id) VALUES ($1, $2, $3, $4, $5)',
        [key.namespace, key.workflowId, key.runId, updateId, id]);
      this.ensureWorkflowTask(run);
      await run.save(tx);
    });
  }

  /**
   * A run's workflow type, task queue and history up to its last event now (lastEventId): all of it (the
   * console's timeline and download), or with `firstPage` only the first page and the token to read on with
   * GetWorkflowHistory (what a query task carries).
   */
  async runHistory(key: RunKey, firstPage = false): Promise<{ workflowType: string; taskQueue: string; lastEventId: number } & HistoryPage> {
    return withClient(this.db, async (client) => {
      const { rows } = await client.query<{ workflow_type: string; task_queue: string; next_event_id: number }>(
        'SELECT workflow_type, task_queue, next_event_id FROM executions WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3',
        [key.namespace, key.workflowId, key.runId]);
      if (!rows[0]) throw notFound(`workflow '${key.workflowId}' run '${key.runId}' not found`);
      const lastEventId = rows[0].next_event_id - 1;
      const page = await readHistoryPage(client, key, 1, lastEventId, firstPage ? this.pageSize : undefined);
      return { workflowType: rows[0].workflow_type, taskQueue: rows[0].task_queue, lastEventId, ...page };
    });
  }

  // ---- Workflow tasks ---------------------------------------------------------------------------------------

  /** `dispatch` 'none': the caller starts the task itself at once (an eager start), so nothing is queued. */
  private scheduleWorkflowTask(run: RunState, dispatch: 'queue' | 'none' = 'queue'): void {
    const r = run.row;
    const id = run.append({ workflowTaskScheduled: {
      taskQueue: r.task_queue, attempt: r.wft_attempt, startToCloseTimeoutMs: r.workflow_task_timeout_ms,
    } });
    r.wft_state = WorkflowTaskState.Scheduled;
    r.wft_scheduled_event_id = id;
    r.wft_started_event_id = null;
    r.wft_scheduled_time = run.now;
    r.wft_started_time = null;
    if (r.sticky_queue && !this.stickyQueueOpen(r.sticky_queue)) r.sticky_queue = r.sticky_event_id = null;
    if (dispatch === 'none') return;
    enqueueTask(run, TaskKind.Workflow, r.sticky_queue ?? r.task_queue, id, r.wft_attempt);
    if (r.sticky_queue) insertTimer(run, TimerKind.StickyScheduleToStart, run.now + this.stickyTimeoutMs, id, r.wft_attempt);
  }

  /**
   * ensureWorkflowTask, but a task for the run's sticky queue that belongs to `eager`'s stream starts at once, for
   * that worker, and is returned. Its history (the events after the task that worker decided last) is read before
   * the save: the transition may run outside a transaction, where nothing runs after the save.
   */
  private async ensureStickyWorkflowTask(tx: Tx, run: RunState, eager: EagerWorkflowTask | undefined): Promise<v1.IWorkflowTask | undefined> {
    const r = run.row;
    const from = (r.sticky_event_id ?? 0) + 1;
    // The events stored since, the new ones and the task's own two must fit in one page.
    const fits = run.lastEventIdAtLoad - from + 1 + run.appendedEvents.length + 2 <= this.pageSize;
    if (!eager || !run.isRunning || r.wft_state !== WorkflowTaskState.None || !r.sticky_event_id ||
      r.sticky_queue !== eager.stickyQueue || !fits) {
      this.ensureWorkflowTask(run);
      return undefined;
    }
    const stored = run.storedEventsFrom(from) ?? await readHistory(tx, run.key, from, run.lastEventIdAtLoad);
    this.scheduleWorkflowTask(run, 'none');
    const startedId = this.startWorkflowTaskNow(tx, run, eager.identity, 'eager_activity');
    return this.workflowTaskMessage(run, startedId, [...stored, ...run.appendedEvents], new Uint8Array());
  }

  /** Schedules a workflow task unless one is already scheduled or running (it will see the new events). */
  private ensureWorkflowTask(run: RunState): void {
    if (run.isRunning && run.row.wft_state === WorkflowTaskState.None) this.scheduleWorkflowTask(run);
  }

  /**
   * Claims the next workflow task of a queue (a task queue, or a Connect stream's sticky queue) and starts it:
   * appends WorkflowTaskStarted, arms the task timeout and returns the task with the first page of the history
   * the worker lacks: from event 1, or, from a sticky queue, the events after the task that worker decided last.
   * Tasks made stale by a close or a timeout are dropped.
   */
  async pollWorkflowTask(namespace: string, queue: string, identity: string): Promise<v1.IWorkflowTask | undefined> {
    for (;;) {
      const outcome = await this.tx(async (tx) => {
        const claimed = await claimTask(tx, namespace, queue, TaskKind.Workflow, this.clock.now());
        if (!claimed) return 'empty' as const;
        const { claimed: task, run } = claimed;
        const r = run?.row;
        if (!run || !r || !run.isRunning || r.wft_state !== WorkflowTaskState.Scheduled ||
          r.wft_scheduled_event_id !== task.scheduled_event_id) return 'stale' as const;
        const sticky = r.sticky_queue !== null && task.task_queue === r.sticky_queue;
        if (r.sticky_queue !== null) deleteTimers(run, TimerKind.StickyScheduleToStart);
        // From the task queue, any worker may take the run over: it gets the whole history.
        const from = sticky && r.sticky_event_id ? r.sticky_event_id + 1 : 1;
        if (!sticky) r.sticky_queue = r.sticky_event_id = null;
        const startedId = this.startWorkflowTaskNow(tx, run, identity, sticky ? 'sticky' : 'queued');
        await run.save(tx);
        return this.workflowTaskOf(tx, run, startedId, from);
      });
      if (outcome === 'empty') return undefined;
      if (outcome !== 'stale') return outcome;
    }
  }

  /**
   * Starts the run's scheduled workflow task for the worker `identity`: appends WorkflowTaskStarted and arms the
   * task's timeout. Returns the started event's ID.
   */
  private startWorkflowTaskNow(tx: Tx, run: RunState, identity: string, dispatch: WorkflowTaskDispatch): number {
    const r = run.row;
    const startedId = run.append({ workflowTaskStarted: { scheduledEventId: r.wft_scheduled_event_id!, identity } });
    r.wft_state = WorkflowTaskState.Started;
    r.wft_started_event_id = startedId;
    r.wft_started_time = run.now;
    insertTimer(run, TimerKind.WorkflowTaskTimeout, run.now + r.workflow_task_timeout_ms, startedId, r.wft_attempt);
    const waited = run.now - (r.wft_scheduled_time ?? run.now);
    afterCommit(tx, () => {
      this.metrics.taskStarted('workflow', r.task_queue, waited);
      this.metrics.workflowTaskStarted(r.task_queue, dispatch);
    });
    this.warnHistorySize(r, startedId);
    return startedId;
  }

  /**
   * The started workflow task as a worker receives it, with the first page of its history from event `from`
   * (called after the save): from memory when this process knows the stored events and the page holds them all.
   */
  private async workflowTaskOf(tx: Tx, run: RunState, startedId: number, from: number): Promise<v1.IWorkflowTask> {
    const stored = startedId - from + 1 <= this.pageSize ? run.storedEventsFrom(from) : undefined;
    if (stored) return this.workflowTaskMessage(run, startedId, [...stored, ...run.appendedEvents], new Uint8Array());
    const { history, nextPageToken } = await readHistoryPage(tx, run.key, from, startedId, this.pageSize);
    return this.workflowTaskMessage(run, startedId, history, nextPageToken);
  }

  private workflowTaskMessage(run: RunState, startedId: number, history: v1.IHistoryEvent[], nextPageToken: Uint8Array): v1.IWorkflowTask {
    const r = run.row;
    return {
      taskToken: encodeToken({ namespace: r.namespace, workflowId: r.workflow_id, runId: r.run_id,
        scheduledEventId: r.wft_scheduled_event_id!, startedEventId: startedId, attempt: r.wft_attempt }),
      execution: { workflowId: r.workflow_id, runId: r.run_id }, workflowType: r.workflow_type,
      history, attempt: r.wft_attempt, taskQueue: r.task_queue, continueAsNewSuggested: startedId >= this.suggestContinueAsNewAt,
      startedEventId: startedId, nextPageToken,
    };
  }

  private async loadStartedWorkflowTask(tx: Tx, token: v1.TaskToken): Promise<RunState> {
    const key = { namespace: token.namespace, workflowId: token.workflowId, runId: token.runId };
    const run = await RunState.load(tx, key, this.clock.now());
    const r = run?.row;
    if (!run || !r || !run.isRunning || r.wft_state !== WorkflowTaskState.Started ||
      r.wft_started_event_id !== token.startedEventId) {
      throw notFound(`workflow task of '${token.workflowId}' (started event ${token.startedEventId}) is no longer ` +
        'running: it timed out, was already completed, or the workflow closed');
    }
    return run;
  }

  /**
   * Records a workflow task's commands. `stickyQueue`: the sticky queue of the Connect stream it came on; when
   * the worker says it keeps the run cached (req.sticky), the run's next task is queued there.
   */
  async completeWorkflowTask(req: v1.ICompleteWorkflowTaskRequest, stickyQueue?: string, eager?: EagerActivities): Promise<v1.IActivityTask[]> {
    const token = decodeToken(req.taskToken, false);
    const commands = req.commands ?? [];
    commands.forEach((c, i) => validateCommand(c, i, i === commands.length - 1));
    const key = tokenKey(token);
    const k = runKeyString(key);
    const held = this.held.get(k);
    if (held?.startedEventId === token.startedEventId && held.take()) {
      // The task's activity completion is held for it: both are saved in one statement.
      try {
        const tasks = await inOptimisticTransaction(this.db, k, (tx) => {
          held.carryHooks(tx);
          return this.decideWorkflowTask(tx, held.run.fork(this.clock.now()), req, commands, stickyQueue, eager);
        }, 1);
        held.merged();
        return tasks;
      } catch {
        // Lost a race to another instance, or the commands were refused: the activity's completion is saved alone,
        // and this runs again from what is saved (runTx waits for it), to succeed or fail as it would have.
        held.letGo(true);
      }
    }
    return this.runTx(key, async (tx) => this.decideWorkflowTask(tx, await this.loadStartedWorkflowTask(tx, token), req, commands,
      stickyQueue, eager), true);
  }

  /** completeWorkflowTask's transition, on the run whose task `req` completes (loaded, or held). */
  private async decideWorkflowTask(tx: Tx, run: RunState, req: v1.ICompleteWorkflowTaskRequest, commands: v1.ICommand[],
    stickyQueue: string | undefined, eager: EagerActivities | undefined): Promise<v1.IActivityTask[]> {
    const r = run.row;
    const startedId = r.wft_started_event_id!;
    // Events after the task's start (signals, results that came while it ran) need another task.
    const sawNewEvents = r.next_event_id - 1 > startedId;
    const completedId = run.append({ workflowTaskCompleted: {
      scheduledEventId: r.wft_scheduled_event_id, startedEventId: startedId, identity: req.identity,
    } });
    deleteTimers(run, TimerKind.WorkflowTaskTimeout);
    r.wft_state = WorkflowTaskState.None;
    r.wft_attempt = 1;
    r.wft_last_failure = null;
    const sticky = req.sticky === true && stickyQueue !== undefined;
    r.sticky_queue = sticky ? stickyQueue : null;
    r.sticky_event_id = sticky ? startedId : null;
    // Events that follow from the commands but are not commands themselves come after every command event,
    // so that replay finds a task's command events together; steps that need the run saved first come last.
    // A command that closes the run does so last: the task's signals, cancellations and child starts reach
    // other runs first (their outcome events are not appended to a closed run), then the parent close policy.
    let needsTask = sawNewEvents;
    const ctx: CommandContext = { completedId, after: [], closing: [], afterSave: [], requestTask: () => { needsTask = true; },
      eager: eager && eager.slots > 0 ? { taskQueue: eager.taskQueue, identity: eager.identity, left: eager.slots, tasks: [] } : undefined };
    for (const command of commands) await this.applyCommand(tx, run, command, ctx);
    for (const step of ctx.after) await step();
    for (const step of ctx.closing) await step();
    if (run.isRunning && needsTask) this.ensureWorkflowTask(run);
    if (ctx.afterSave.length > 0 && optimisticState(tx)) throw new NeedsTransaction('steps after the save (continue-as-new)');
    await run.save(tx);
    for (const step of ctx.afterSave) await step();
    // A command that closed the run removed its activities: nothing to hand out then.
    return run.isRunning ? ctx.eager?.tasks ?? [] : [];
  }

  private async applyCommand(tx: Tx, run: RunState, command: v1.ICommand, ctx: CommandContext): Promise<void> {
    const r = run.row;
    const { completedId, after } = ctx;
    if (command.scheduleActivityTask) {
      const c = command.scheduleActivityTask;
      const scheduleToClose = Number(c.scheduleToCloseTimeoutMs) || 0;
      // Start-to-close defaults to schedule-to-close, and one attempt never outlives the whole activity.
      let startToClose = Number(c.startToCloseTimeoutMs) || scheduleToClose;
      if (scheduleToClose > 0) startToClose = Math.min(startToClose, scheduleToClose);
      const attrs: v1.IActivityTaskScheduled = { ...c, startToCloseTimeoutMs: startToClose, taskQueue: c.taskQueue || r.task_queue,
        workflowTaskCompletedEventId: completedId };
      const id = run.append({ activityTaskScheduled: attrs });
      const task = this.insertActivity(tx, run, id, attrs, ctx.eager);
      if (task) ctx.eager!.tasks.push(task);
    } else if (command.requestCancelActivityTask) {
      const activityId = command.requestCancelActivityTask.activityId!;
      const a = await this.loadActivity(tx, run, activityId);
      const requestedId = run.append({ activityTaskCancelRequested: {
        scheduledEventId: a?.scheduled_event_id ?? 0, activityId, workflowTaskCompletedEventId: completedId,
      } });
      if (!a) return; // it closed already; its result event is in history and the workflow ignores it
      if (a.state === ActivityState.Started) {
        // The worker learns of it at the activity's next heartbeat and reports the cancellation.
        a.cancel_requested_event_id = requestedId;
        run.work.writeActivity(a);
      } else {
        after.push(async () => {
          if (!run.isRunning) return; // closing the run removed the activity
          run.append({ activityTaskCanceled: { scheduledEventId: a.scheduled_event_id, startedEventId: 0,
            latestCancelRequestedEventId: requestedId, failure: { message: 'activity cancelled before a worker started it',
              source: 'runtime', canceled: {} } } });
          run.work.deleteActivity(a.scheduled_event_id);
          ctx.requestTask(); // a workflow waiting for the cancellation to complete learns of it
        });
      }
    } else if (command.startTimer) {
      const c = command.startTimer;
      const id = run.append({ timerStarted: { ...c, workflowTaskCompletedEventId: completedId } });
      insertTimer(run, TimerKind.User, run.now + Number(c.startToFireTimeoutMs), id, 0, c.timerId!);
    } else if (command.cancelTimer) {
      // A timer that fired while this task ran is gone already; the cancel is still recorded (the workflow code
      // has dropped the timer and ignores its TimerFired), so replay sees the same commands.
      const timerId = command.cancelTimer.timerId!;
      const startedEventId = await deleteUserTimer(tx, run, timerId);
      run.append({ timerCanceled: { timerId, startedEventId, workflowTaskCompletedEventId: completedId } });
    } else if (command.recordMarker) {
      run.append({ markerRecorded: { ...command.recordMarker, workflowTaskCompletedEventId: completedId } });
    } else if (command.completeWorkflowExecution) {
      const result = command.completeWorkflowExecution.result ?? {};
      run.append({ workflowExecutionCompleted: { result, workflowTaskCompletedEventId: completedId } });
      await this.closeRun(tx, run, RunStatus.Completed, { result }, false, ctx);
    } else if (command.failWorkflowExecution) {
      const failure = command.failWorkflowExecution.failure ?? { message: 'workflow failed' };
      run.append({ workflowExecutionFailed: { failure, workflowTaskCompletedEventId: completedId } });
      await this.closeRun(tx, run, RunStatus.Failed, { failure }, false, ctx);
    } else if (command.cancelWorkflowExecution) {
      const details = command.cancelWorkflowExecution.details;
      run.append({ workflowExecutionCanceled: { details, workflowTaskCompletedEventId: completedId } });
      await this.closeRun(tx, run, RunStatus.Canceled,
        { failure: { message: 'workflow cancelled', source: 'runtime', canceled: { details } } }, false, ctx);
    } else if (command.continueAsNewWorkflowExecution) {
      await this.continueAsNew(tx, run, command.continueAsNewWorkflowExecution, ctx);
    } else if (command.startChildWorkflowExecution) {
      await this.startChild(tx, run, command.startChildWorkflowExecution, ctx);
    } else if (command.signalExternalWorkflowExecution) {
      const c = command.signalExternalWorkflowExecution;
      const initiatedEventId = run.append({ signalExternalWorkflowExecutionInitiated: {
        signalId: c.signalId, execution: c.execution, signalName: c.signalName, input: c.input, workflowTaskCompletedEventId: completedId,
      } });
      this.afterOnExternal(tx, run, ctx, c.execution!, (target) => this.appendSignal(target,
        { name: c.signalName!, input: c.input, identity: `workflow ${r.workflow_id}`, external: { workflowId: r.workflow_id, runId: r.run_id } }),
      (outcome) => (typeof outcome === 'string'
        ? { signalExternalWorkflowExecutionFailed: { initiatedEventId, execution: c.execution, message: outcome } }
        : { externalWorkflowExecutionSignaled: { initiatedEventId, execution: outcome } }));
    } else if (command.requestCancelExternalWorkflowExecution) {
      const c = command.requestCancelExternalWorkflowExecution;
      const initiatedEventId = run.append({ requestCancelExternalWorkflowExecutionInitiated: {
        cancelId: c.cancelId, execution: c.execution, reason: c.reason, workflowTaskCompletedEventId: completedId,
      } });
      this.afterOnExternal(tx, run, ctx, c.execution!, (target) =>
        this.requestCancel(target, c.reason || `cancelled by workflow '${r.workflow_id}'`, `workflow ${r.workflow_id}`, run.key),
      (outcome) => (typeof outcome === 'string'
        ? { requestCancelExternalWorkflowExecutionFailed: { initiatedEventId, execution: c.execution, message: outcome } }
        : { externalWorkflowExecutionCancelRequested: { initiatedEventId, execution: outcome } }));
    } else if (command.completeWorkflowUpdate) {
      const c = command.completeWorkflowUpdate;
      run.append({ workflowExecutionUpdateCompleted: { updateId: c.updateId, result: c.result, failure: c.failure,
        workflowTaskCompletedEventId: completedId } });
      await tx.query(`UPDATE updates SET completed = true, result = $5, failure = $6
        WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3 AND update_id = $4`,
      [r.namespace, r.workflow_id, r.run_id, c.updateId, encodePayloads(c.result), c.failure ? encodeFailure(c.failure) : null]);
      run.notify(updateKey(r.namespace, r.workflow_id));
    }
  }

  /**
   * An activity's row, its first task and its schedule timeouts, for its ActivityTaskScheduled event `id`. With
   * `eager` room for an activity of its task queue, the first attempt starts at once instead (no task is queued)
   * and its task is returned, for the worker that completed the workflow task.
   */
  private insertActivity(tx: Tx, run: RunState, id: number, attrs: v1.IActivityTaskScheduled,
    eager?: CommandContext['eager']): v1.IActivityTask | undefined {
    const now = eager !== undefined && eager.left > 0 && attrs.taskQueue === eager.taskQueue;
    run.work.writeActivity({ scheduled_event_id: id, activity_id: attrs.activityId!, activity_type: attrs.activityType!,
      task_queue: attrs.taskQueue!, state: now ? ActivityState.Started : ActivityState.Scheduled, attempt: 1, scheduled_time: run.now,
      started_time: now ? run.now : null, next_attempt_time: null, last_failure: null, last_worker_identity: now ? eager.identity : null,
      scheduled: Buffer.from(pb.ActivityTaskScheduled.encode(attrs).finish()), heartbeat_details: null, last_heartbeat_time: null,
      cancel_requested_event_id: null, attempt_scheduled_time: run.now });
    const scheduleToClose = Number(attrs.scheduleToCloseTimeoutMs) || 0;
    if (scheduleToClose > 0) insertTimer(run, TimerKind.ActivityScheduleToClose, run.now + scheduleToClose, id);
    if (!now) {
      enqueueTask(run, TaskKind.Activity, attrs.taskQueue!, id, 1);
      const scheduleToStart = Number(attrs.scheduleToStartTimeoutMs) || 0;
      if (scheduleToStart > 0) insertTimer(run, TimerKind.ActivityScheduleToStart, run.now + scheduleToStart, id, 1);
      return undefined;
    }
    eager.left--;
    return this.startedAttempt(tx, run, { scheduled_event_id: id, activity_id: attrs.activityId!, activity_type: attrs.activityType!,
      attempt: 1, scheduled_time: run.now, attempt_scheduled_time: run.now, heartbeat_details: null }, attrs, attrs.taskQueue!, 'eager');
  }

  /**
   * Arms the timers of an activity attempt that has just started (start-to-close, heartbeat) and counts it;
   * returns the task the worker gets.
   */
  private startedAttempt(tx: Tx, run: RunState, a: Pick<ActivityRow, 'scheduled_event_id' | 'activity_id' | 'activity_type' |
    'attempt' | 'scheduled_time' | 'attempt_scheduled_time' | 'heartbeat_details'>, scheduled: v1.IActivityTaskScheduled,
  taskQueue: string, dispatch: 'queued' | 'eager'): v1.IActivityTask {
    const k = run.key;
    insertTimer(run, TimerKind.ActivityStartToClose, run.now + Number(scheduled.startToCloseTimeoutMs),
      a.scheduled_event_id, a.attempt);
    const heartbeatTimeout = Number(scheduled.heartbeatTimeoutMs) || 0;
    if (heartbeatTimeout > 0) {
      insertTimer(run, TimerKind.ActivityHeartbeat, run.now + heartbeatTimeout, a.scheduled_event_id, a.attempt);
    }
    const waited = run.now - (a.attempt_scheduled_time ?? a.scheduled_time);
    afterCommit(tx, () => {
      this.metrics.taskStarted('activity', taskQueue, waited);
      this.metrics.activityAttempt(a.activity_type, dispatch);
    });
    return {
      taskToken: encodeToken({ namespace: k.namespace, workflowId: k.workflowId, runId: k.runId,
        scheduledEventId: a.scheduled_event_id, attempt: a.attempt, activity: true }),
      execution: { workflowId: k.workflowId, runId: k.runId }, workflowType: run.row.workflow_type,
      activityId: a.activity_id, activityType: a.activity_type, input: scheduled.input, attempt: a.attempt,
      scheduledTimeMs: a.scheduled_time, startedTimeMs: run.now, startToCloseTimeoutMs: scheduled.startToCloseTimeoutMs,
      heartbeatTimeoutMs: scheduled.heartbeatTimeoutMs, taskQueue, scheduledEventId: a.scheduled_event_id,
      heartbeatDetails: decodePayloads(a.heartbeat_details), scheduleToCloseTimeoutMs: scheduled.scheduleToCloseTimeoutMs,
      currentAttemptScheduledTimeMs: a.attempt_scheduled_time ?? a.scheduled_time,
    };
  }

  /** Closes the run and starts the next of its chain (same workflow ID) in the same transaction. */
  private async continueAsNew(tx: Tx, run: RunState, c: v1.IContinueAsNewWorkflowExecution, ctx: CommandContext): Promise<void> {
    const r = run.row;
    const runId = newId();
    const workflowType = c.workflowType || r.workflow_type;
    const taskQueue = c.taskQueue || r.task_queue;
    run.append({ workflowExecutionContinuedAsNew: { newExecutionRunId: runId, workflowType, taskQueue, input: c.input,
      workflowTaskCompletedEventId: ctx.completedId } });
    r.new_execution_run_id = runId;
    await this.closeRun(tx, run, RunStatus.ContinuedAsNew, {}, false, ctx);
    // The new run takes the workflow ID's one running slot, which the old run gives up when it is saved.
    ctx.afterSave.push(async () => {
      await this.startRun(tx, {
        namespace: r.namespace, workflowId: r.workflow_id, workflowType, taskQueue, input: c.input, requestId: newId(),
        identity: `continue-as-new of run ${r.run_id}`, runId, parent: parentOf(r),
        workflowTaskTimeoutMs: Number(c.workflowTaskTimeoutMs) || r.workflow_task_timeout_ms,
        executionTimeoutMs: r.workflow_execution_timeout_ms, runTimeoutMs: Number(c.workflowRunTimeoutMs) || r.workflow_run_timeout_ms,
        continued: { runId: r.run_id, firstRunId: r.first_run_id, executionDeadline: r.execution_deadline },
      });
    });
  }

  /** Records the child's initiation, then starts it (or records why it could not start) in the same transaction. */
  private async startChild(tx: Tx, run: RunState, c: v1.IStartChildWorkflowExecution, ctx: CommandContext): Promise<void> {
    const r = run.row;
    const taskQueue = c.taskQueue || r.task_queue;
    const closePolicy = c.parentClosePolicy || v1.ParentClosePolicy.PARENT_CLOSE_POLICY_TERMINATE;
    const initiatedEventId = run.append({ startChildWorkflowExecutionInitiated: { ...c, taskQueue, parentClosePolicy: closePolicy,
      workflowTaskCompletedEventId: ctx.completedId } });
    r.has_children = true;
    ctx.after.push(async () => {
      const workflowType = c.workflowType!;
      try {
        const { runId } = await this.startRun(tx, {
          namespace: r.namespace, workflowId: c.workflowId!, workflowType, taskQueue, input: c.input,
          requestId: `${r.run_id}/${initiatedEventId}`, identity: `workflow ${r.workflow_id}`,
          workflowTaskTimeoutMs: Number(c.workflowTaskTimeoutMs) || DEFAULT_WORKFLOW_TASK_TIMEOUT_MS,
          executionTimeoutMs: Number(c.workflowExecutionTimeoutMs) || 0, runTimeoutMs: Number(c.workflowRunTimeoutMs) || 0,
          reusePolicy: c.workflowIdReusePolicy, parent: { workflowId: r.workflow_id, runId: r.run_id, initiatedEventId, closePolicy },
        });
        if (run.isRunning) {
          run.append({ childWorkflowExecutionStarted: { initiatedEventId, execution: { workflowId: c.workflowId, runId }, workflowType } });
        }
      } catch (err) {
        if (!(err instanceof ServiceError) || err.code !== status.ALREADY_EXISTS) throw err;
        if (run.isRunning) run.append({ startChildWorkflowExecutionFailed: { initiatedEventId, workflowId: c.workflowId, workflowType,
          cause: 'WORKFLOW_ALREADY_EXISTS', message: err.message } });
      }
      ctx.requestTask();
    });
  }

  /**
   * After the task's command events: acts on another workflow (a signal, a cancel request), then records the
   * outcome in this run and asks for a workflow task to deliver it.
   */
  private afterOnExternal(tx: Tx, run: RunState, ctx: CommandContext, execution: v1.IWorkflowExecution,
    act: (target: RunState) => void, record: (outcome: v1.IWorkflowExecution | string) => EventAttributes): void {
    ctx.after.push(async () => {
      const outcome = await this.actOnExternal(tx, run, execution, act);
      if (!run.isRunning) return; // the task closed the run too: the request went out, nothing waits for the outcome
      run.append(record(outcome));
      ctx.requestTask();
    });
  }

  /**
   * Signals or asks to cancel another workflow (or this one) in the same transaction. Returns the run acted on,
   * or why it could not be reached.
   */
  private async actOnExternal(tx: Tx, self: RunState, execution: v1.IWorkflowExecution,
    act: (target: RunState) => void): Promise<v1.IWorkflowExecution | string> {
    const ns = self.row.namespace;
    const workflowId = execution.workflowId!;
    const runId = execution.runId || await runningRunId(tx, ns, workflowId);
    if (!runId) return `workflow '${workflowId}' is not running`;
    if (workflowId === self.row.workflow_id && runId === self.row.run_id) {
      await act(self);
      return { workflowId, runId };
    }
    const target = await RunState.load(tx, { namespace: ns, workflowId, runId }, this.clock.now());
    if (!target) return `workflow '${workflowId}' has no run '${runId}'`;
    if (!target.isRunning) return `workflow '${workflowId}' run '${runId}' is closed`;
    act(target);
    this.ensureWorkflowTask(target);
    await target.save(tx);
    return { workflowId, runId };
  }

  /**
   * Closes a run: its pending work is removed, waiters are woken, its running children follow their parent close
   * policy and its parent (unless it continued as new, or the parent is the one closing) is told the outcome.
   */
  private async closeRun(tx: Tx, run: RunState, status: RunStatus,
    outcome: { result?: v1.IPayloads; failure?: v1.IFailure }, parentClosing = false, ctx?: CommandContext): Promise<void> {
    const r = run.row;
    r.status = status;
    r.close_time = run.now;
    r.result = encodePayloads(outcome.result);
    r.failure = outcome.failure ? encodeFailure(outcome.failure) : null;
    r.wft_state = WorkflowTaskState.None;
    run.work.deleteAll();
    run.notify(closedKey(r.namespace, r.workflow_id));
    run.notify(updateKey(r.namespace, r.workflow_id));
    const others = async () => {
      await this.applyParentClosePolicy(tx, run);
      if (status !== RunStatus.ContinuedAsNew && !parentClosing) await this.reportToParent(tx, run, outcome);
    };
    if (ctx) ctx.closing.push(others);
    else await others();
    afterCommit(tx, () => {
      this.metrics.workflowClosed(r.workflow_type, status, r.start_time, run.now);
      this.logger.info({ workflowId: r.workflow_id, runId: r.run_id, status: STATUS_NAMES[status] }, 'workflow closed');
    });
  }

  private async applyParentClosePolicy(tx: Tx, run: RunState): Promise<void> {
    const r = run.row;
    if (!r.has_children) return;
    const { rows } = await tx.query<{ workflow_id: string; run_id: string; parent_close_policy: number }>(
      `SELECT workflow_id, run_id, parent_close_policy FROM executions
       WHERE namespace = $1 AND parent_workflow_id = $2 AND parent_run_id = $3 AND status = 1`, [r.namespace, r.workflow_id, r.run_id]);
    for (const c of rows) {
      if (c.parent_close_policy === v1.ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON) continue;
      const child = await RunState.load(tx, { namespace: r.namespace, workflowId: c.workflow_id, runId: c.run_id }, run.now);
      if (!child?.isRunning) continue;
      const why = `parent workflow '${r.workflow_id}' closed (${STATUS_NAMES[r.status]})`;
      if (c.parent_close_policy === v1.ParentClosePolicy.PARENT_CLOSE_POLICY_REQUEST_CANCEL) {
        this.requestCancel(child, `${why}; parent close policy REQUEST_CANCEL`, 'parent close policy', run.key);
      } else {
        await this.terminateRun(tx, child, `${why}; parent close policy TERMINATE`, 'parent close policy', { parentClosing: true });
      }
      await child.save(tx);
    }
  }

  /** Tells the parent of a child run how the child ended (the last run of its continue-as-new chain). */
  private async reportToParent(tx: Tx, run: RunState, outcome: { result?: v1.IPayloads; failure?: v1.IFailure }): Promise<void> {
    const r = run.row;
    if (!r.parent_workflow_id || !r.parent_run_id) return;
    const parent = await RunState.load(tx, { namespace: r.namespace, workflowId: r.parent_workflow_id, runId: r.parent_run_id }, run.now);
    if (!parent?.isRunning) return;
    const base = { initiatedEventId: r.parent_initiated_event_id, execution: { workflowId: r.workflow_id, runId: r.run_id } };
    switch (r.status) {
      case RunStatus.Completed: parent.append({ childWorkflowExecutionCompleted: { ...base, result: outcome.result } }); break;
      case RunStatus.Failed: parent.append({ childWorkflowExecutionFailed: { ...base, failure: outcome.failure } }); break;
      case RunStatus.Canceled:
        parent.append({ childWorkflowExecutionCanceled: { ...base, details: outcome.failure?.canceled?.details } }); break;
      case RunStatus.Terminated:
        parent.append({ childWorkflowExecutionTerminated: { ...base, reason: outcome.failure?.message } }); break;
      default: parent.append({ childWorkflowExecutionTimedOut: base }); break;
    }
    this.ensureWorkflowTask(parent);
    await parent.save(tx);
  }

  async failWorkflowTask(req: v1.IFailWorkflowTaskRequest): Promise<void> {
    const token = decodeToken(req.taskToken, false);
    const failure = req.failure ?? { message: 'workflow task failed' };
    await this.runTx(tokenKey(token), async (tx) => {
      const run = await this.loadStartedWorkflowTask(tx, token);
      const r = run.row;
      run.append({ workflowTaskFailed: {
        scheduledEventId: r.wft_scheduled_event_id, startedEventId: r.wft_started_event_id, cause: req.cause || 'WorkflowError',
        failure, identity: req.identity,
      } });
      this.logger.warn({ workflowId: r.workflow_id, runId: r.run_id, attempt: r.wft_attempt, cause: req.cause, error: failure.message },
        'workflow task failed');
      r.wft_last_failure = encodeFailure(failure);
      this.retryWorkflowTask(run);
      await run.save(tx);
    }, true);
  }

  private retryWorkflowTask(run: RunState): void {
    const r = run.row;
    deleteTimers(run, TimerKind.WorkflowTaskTimeout);
    r.wft_state = WorkflowTaskState.None;
    r.wft_attempt += 1;
    r.sticky_queue = r.sticky_event_id = null; // the worker's cached run is suspect: the retry replays from history
    const delay = workflowTaskRetryDelayMs(r.wft_attempt);
    if (delay === 0) this.scheduleWorkflowTask(run);
    else insertTimer(run, TimerKind.WorkflowTaskRetry, run.now + delay, r.wft_started_event_id ?? 0, r.wft_attempt);
  }

  // ---- Activity tasks ---------------------------------------------------------------------------------------

  /**
   * An activity of the run by its ActivityTaskScheduled event ID (a number) or its activity ID (a string), as
   * this transition has left it so far.
   */
  private async loadActivity(tx: Tx, run: RunState, key: number | string): Promise<ActivityRow | undefined> {
    const written = run.work.activity(key);
    if (written) return written === 'deleted' ? undefined : written;
    // An optimistic transition on a cached run: the save's version guard also covers the cached activity rows.
    if (optimisticState(tx)?.cached) {
      const known = run.knownActivity(key);
      if (known !== undefined) return known && !run.work.isDeleted(known.scheduled_event_id) ? known : undefined;
    }
    const k = run.key;
    const column = typeof key === 'number' ? 'scheduled_event_id' : 'activity_id';
    const { rows } = await tx.query<ActivityRow>(`SELECT * FROM activities WHERE namespace = $1 AND workflow_id = $2
      AND run_id = $3 AND ${column} = $4`, [k.namespace, k.workflowId, k.runId, key]);
    return rows[0] && !run.work.isDeleted(rows[0].scheduled_event_id) ? rows[0] : undefined;
  }

  /** Queues the activity's current attempt and arms its schedule-to-start timeout. */
  private queueActivityAttempt(run: RunState, a: ActivityRow, scheduled: v1.ActivityTaskScheduled): void {
    a.state = ActivityState.Scheduled;
    a.attempt_scheduled_time = run.now;
    run.work.writeActivity(a);
    enqueueTask(run, TaskKind.Activity, a.task_queue, a.scheduled_event_id, a.attempt);
    const scheduleToStart = Number(scheduled.scheduleToStartTimeoutMs) || 0;
    if (scheduleToStart > 0) {
      insertTimer(run, TimerKind.ActivityScheduleToStart, run.now + scheduleToStart, a.scheduled_event_id, a.attempt);
    }
  }

  /** Whether a queue holds a task of `kind` (one statement: cheaper than a claim that finds nothing). */
  hasQueuedTask(namespace: string, queue: string, kind: 'workflow' | 'activity'): Promise<boolean> {
    return queueHasTask(this.db, namespace, queue, kind === 'workflow' ? TaskKind.Workflow : TaskKind.Activity);
  }

  /**
   * Claims the next activity task of a queue, marks the attempt started and arms its start-to-close and
   * heartbeat timeouts. The task carries the heartbeat details of earlier attempts.
   */
  async pollActivityTask(namespace: string, taskQueue: string, identity: string): Promise<v1.IActivityTask | undefined> {
    for (;;) {
      const outcome = await this.tx(async (tx) => {
        const claimed = await claimTask(tx, namespace, taskQueue, TaskKind.Activity, this.clock.now());
        if (!claimed) return 'empty' as const;
        const { claimed: task, run } = claimed;
        if (!run?.isRunning) return 'stale' as const;
        const a = await this.loadActivity(tx, run, task.scheduled_event_id);
        if (!a || a.state !== ActivityState.Scheduled || a.attempt !== task.attempt) return 'stale' as const;
        const scheduled = pb.ActivityTaskScheduled.decode(a.scheduled);
        a.state = ActivityState.Started;
        a.started_time = run.now;
        a.next_attempt_time = null;
        a.last_heartbeat_time = null;
        a.last_worker_identity = identity;
        run.work.writeActivity(a);
        deleteTimers(run, TimerKind.ActivityScheduleToStart, a.scheduled_event_id);
        const started = this.startedAttempt(tx, run, a, scheduled, taskQueue, 'queued');
        await run.save(tx);
        return started;
      });
      if (outcome === 'empty') return undefined;
      if (outcome !== 'stale') return outcome;
    }
  }

  private notRunning(token: v1.TaskToken): ServiceError {
    return notFound(`activity task of '${token.workflowId}' (scheduled event ${token.scheduledEventId}, attempt ` +
      `${token.attempt}) is no longer running: it timed out, was already completed, or the workflow closed`);
  }

  private async loadStartedActivity(tx: Tx, token: v1.TaskToken): Promise<{ run: RunState; a: ActivityRow }> {
    const key = { namespace: token.namespace, workflowId: token.workflowId, runId: token.runId };
    const run = await RunState.load(tx, key, this.clock.now());
    const a = run?.isRunning ? await this.loadActivity(tx, run, token.scheduledEventId) : undefined;
    if (!run || !a || a.state !== ActivityState.Started || a.attempt !== token.attempt) throw this.notRunning(token);
    return { run, a };
  }

  /**
   * Records a heartbeat of a running attempt: its details (kept for the next attempt) and its time (which holds
   * off the heartbeat timeout). Touches only the activity's row, not the run. Answers whether the workflow asked
   * to cancel the activity; NOT_FOUND when the attempt is no longer running (timed out, or the workflow closed).
   */
  async recordActivityHeartbeat(req: v1.IRecordActivityTaskHeartbeatRequest): Promise<v1.IRecordActivityTaskHeartbeatResponse> {
    const token = decodeToken(req.taskToken, true);
    const details = encodePayloads(req.details);
    const { rows } = await this.db.query<{ cancel_requested_event_id: number | null }>(`UPDATE activities
      SET heartbeat_details = COALESCE($6, heartbeat_details), last_heartbeat_time = $7
      WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3 AND scheduled_event_id = $4 AND attempt = $5 AND state = 2
      RETURNING cancel_requested_event_id`,
    [token.namespace, token.workflowId, token.runId, token.scheduledEventId, token.attempt, details, this.clock.now()]);
    if (!rows[0]) throw this.notRunning(token);
    return { cancelRequested: !!rows[0].cancel_requested_event_id };
  }

  private appendActivityStarted(run: RunState, a: ActivityRow): number {
    return run.append({ activityTaskStarted: {
      scheduledEventId: a.scheduled_event_id, identity: a.last_worker_identity, attempt: a.attempt,
      lastFailure: decodeFailure(a.last_failure), startedTimeMs: a.started_time,
    } });
  }

  /**
   * Records an activity's result. `eager`: it came on the stream of a worker that lends a workflow slot for it;
   * when that worker keeps the run (the run is sticky to the stream's queue), the run's next workflow task starts
   * in this transition and goes to `eager.send`. The transition is then held, unsaved, until the task's completion
   * saves it with its own (see held-completions.ts); this resolves once it is saved either way.
   */
  async completeActivityTask(req: v1.ICompleteActivityTaskRequest, eager?: EagerWorkflowTask): Promise<void> {
    const token = decodeToken(req.taskToken, true);
    await this.endAttempt(token, eager, (tx, run, a) => {
      const startedId = this.appendActivityStarted(run, a);
      run.append({ activityTaskCompleted: {
        scheduledEventId: a.scheduled_event_id, startedEventId: startedId, result: req.result, identity: req.identity,
      } });
      run.work.deleteActivity(a.scheduled_event_id, true);
      return true;
    }, () => this.completeActivityTask(req));
  }

  /**
   * Records an attempt's failure: retried after its backoff, or the activity closes. A failure that closes it
   * schedules the run's next workflow task, eagerly for `eager`'s worker and held like a result
   * (completeActivityTask).
   */
  async failActivityTask(req: v1.IFailActivityTaskRequest, eager?: EagerWorkflowTask): Promise<void> {
    const token = decodeToken(req.taskToken, true);
    const failure = req.failure ?? { message: 'activity failed' };
    await this.endAttempt(token, eager, (tx, run, a) => {
      a.last_worker_identity = req.identity || a.last_worker_identity;
      return this.failActivityAttempt(tx, run, a, failure, false);
    }, () => this.failActivityTask(req));
  }

  /**
   * The end of a running attempt reported by its worker: `apply` appends its outcome and says whether the
   * workflow needs a task for it. `again` reports it anew, without `eager`, after a held transition lost a race.
   */
  private async endAttempt(token: v1.TaskToken, eager: EagerWorkflowTask | undefined,
    apply: (tx: Tx, run: RunState, a: ActivityRow) => boolean, again: () => Promise<void>): Promise<void> {
    const key = tokenKey(token);
    let held: HeldCompletion | undefined;
    const task = await this.runTx(key, async (tx) => {
      const { run, a } = await this.loadStartedActivity(tx, token);
      const task = apply(tx, run, a) ? await this.ensureStickyWorkflowTask(tx, run, eager) : undefined;
      // Held only outside a transaction (nothing is open meanwhile) and with no other write to the run waiting.
      if (task && this.holdMs > 0 && optimisticState(tx) && !this.othersQueued(key)) {
        const k = runKeyString(key);
        held = new HeldCompletion(run, takeCommitHooks(tx), this.holdMs, (h) => this.held.get(k) === h && this.held.delete(k));
        this.held.set(k, held);
        return task;
      }
      await run.save(tx);
      return task;
    }, true);
    if (task) eager!.send(task);
    if (held) await this.saveHeld(held, again);
  }

  /** Waits for a held completion to be saved with its task's completion, or saves it alone when it is let go. */
  private async saveHeld(held: HeldCompletion, again: () => Promise<void>): Promise<void> {
    if (await held.outcome === 'merged') {
      this.metrics.completionHeld('merged');
      return;
    }
    let lost = false;
    try {
      await inOptimisticTransaction(this.db, runKeyString(held.run.key), (tx) => {
        held.carryHooks(tx);
        return held.run.save(tx);
      }, 1);
      this.metrics.completionHeld('alone');
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      lost = true; // another instance wrote the run meanwhile
    } finally {
      held.release();
    }
    if (lost) {
      // Again from the database, without the task sent (its completion finds no task started).
      this.metrics.completionHeld('again');
      await again();
    }
  }

  /**
   * An attempt failed or timed out: the activity closes as cancelled when its workflow asked for that, is retried
   * after the policy's backoff when the policy and its schedule-to-close timeout allow, and otherwise closes as
   * failed (or timed out). True when it closed: the workflow needs a task for it (the caller schedules it).
   */
  private failActivityAttempt(tx: Tx, run: RunState, a: ActivityRow, failure: v1.IFailure, timedOut: boolean): boolean {
    afterCommit(tx, () => this.metrics.activityFailed(a.activity_type, timedOut));
    const scheduled = pb.ActivityTaskScheduled.decode(a.scheduled);
    deleteTimers(run, [TimerKind.ActivityStartToClose, TimerKind.ActivityHeartbeat], a.scheduled_event_id);
    if (a.cancel_requested_event_id) {
      const startedId = this.appendActivityStarted(run, a);
      run.append({ activityTaskCanceled: { scheduledEventId: a.scheduled_event_id, startedEventId: startedId,
        latestCancelRequestedEventId: a.cancel_requested_event_id, failure, identity: a.last_worker_identity } });
      run.work.deleteActivity(a.scheduled_event_id, true);
      return true;
    }
    let state = retryState(scheduled.retryPolicy, a.attempt, failure);
    const next = a.attempt + 1;
    const fireTime = run.now + retryDelayMs(scheduled.retryPolicy, next);
    const scheduleToClose = Number(scheduled.scheduleToCloseTimeoutMs) || 0;
    if (state === v1.RetryState.RETRY_STATE_IN_PROGRESS && scheduleToClose > 0 && fireTime >= a.scheduled_time + scheduleToClose) {
      state = v1.RetryState.RETRY_STATE_TIMEOUT;
    }
    if (state === v1.RetryState.RETRY_STATE_IN_PROGRESS) {
      a.state = ActivityState.BackingOff;
      a.attempt = next;
      a.next_attempt_time = fireTime;
      a.last_failure = encodeFailure(failure);
      run.work.writeActivity(a);
      insertTimer(run, TimerKind.ActivityRetry, fireTime, a.scheduled_event_id, next);
      return false;
    }
    const startedId = this.appendActivityStarted(run, a);
    const attrs = { scheduledEventId: a.scheduled_event_id, startedEventId: startedId, failure, retryState: state };
    if (timedOut) run.append({ activityTaskTimedOut: attrs });
    else run.append({ activityTaskFailed: attrs });
    run.work.deleteActivity(a.scheduled_event_id, true);
    return true;
  }

  /** A runtime timeout of an activity, with the last heartbeat details of the attempt that timed out. */
  private timeoutFailure(a: ActivityRow, type: v1.TimeoutType, what: string): v1.IFailure {
    return {
      message: `activity '${a.activity_type}' attempt ${a.attempt} timed out: ${what}`, source: 'runtime',
      timeout: { timeoutType: type, lastHeartbeatDetails: decodePayloads(a.heartbeat_details) },
    };
  }

  /** Closes an activity as timed out whatever its state: no retry can help (schedule-to-start, schedule-to-close). */
  private timeOutActivity(run: RunState, a: ActivityRow, failure: v1.IFailure): void {
    const startedId = a.state === ActivityState.Started ? this.appendActivityStarted(run, a) : 0;
    run.append({ activityTaskTimedOut: { scheduledEventId: a.scheduled_event_id, startedEventId: startedId, failure,
      retryState: v1.RetryState.RETRY_STATE_TIMEOUT } });
    run.work.deleteActivity(a.scheduled_event_id);
    this.ensureWorkflowTask(run);
  }

  // ---- Timers -----------------------------------------------------------------------------------------------

  /** The fire time of the earliest timer, if any. */
  async nextTimerTime(): Promise<number | undefined> {
    const { rows } = await this.db.query<{ t: number | null }>('SELECT min(fire_time) AS t FROM timers');
    return rows[0]?.t ?? undefined;
  }

  /** Fires one due timer (in its own transaction); false when none is due. */
  async fireDueTimer(): Promise<boolean> {
    return this.tx(async (tx) => {
      const claimed = await claimDueTimer(tx, this.clock.now());
      if (!claimed) return false;
      const { claimed: timer, run } = claimed;
      // A timer that changes nothing in the run may still re-arm itself (a heartbeat timeout pushed back).
      if (run?.isRunning) await run.save(tx, await this.fireTimer(tx, run, timer));
      const late = this.clock.now() - timer.fire_time;
      afterCommit(tx, () => this.metrics.timerFired(TIMER_KIND_NAMES[timer.kind] ?? String(timer.kind), late));
      return true;
    });
  }

  private async fireTimer(tx: Tx, run: RunState, timer: TimerRow): Promise<boolean> {
    const r = run.row;
    switch (timer.kind) {
      case TimerKind.User:
        run.append({ timerFired: { timerId: timer.timer_id, startedEventId: timer.ref_event_id } });
        this.ensureWorkflowTask(run);
        return true;
      case TimerKind.WorkflowTaskTimeout:
        if (r.wft_state !== WorkflowTaskState.Started || r.wft_started_event_id !== timer.ref_event_id) return false;
        run.append({ workflowTaskTimedOut: { scheduledEventId: r.wft_scheduled_event_id, startedEventId: r.wft_started_event_id,
          timeoutType: v1.TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE } });
        this.logger.warn({ workflowId: r.workflow_id, runId: r.run_id }, 'workflow task timed out');
        this.retryWorkflowTask(run);
        return true;
      case TimerKind.WorkflowTaskRetry:
        if (r.wft_state !== WorkflowTaskState.None || r.wft_attempt !== timer.attempt) return false;
        this.scheduleWorkflowTask(run);
        return true;
      case TimerKind.StickyScheduleToStart:
        // The worker did not take the task in time: any worker of the task queue may, with the whole history.
        if (r.wft_state !== WorkflowTaskState.Scheduled || r.wft_scheduled_event_id !== timer.ref_event_id || !r.sticky_queue) return false;
        if (!await unstickWorkflowTask(tx, run, r.sticky_queue, r.task_queue)) return false;
        r.sticky_queue = r.sticky_event_id = null;
        return true;
      case TimerKind.WorkflowRunTimeout:
      case TimerKind.WorkflowExecutionTimeout: {
        const which = timer.kind === TimerKind.WorkflowRunTimeout
          ? `run timeout of ${r.workflow_run_timeout_ms} ms` : `execution timeout of ${r.workflow_execution_timeout_ms} ms`;
        run.append({ workflowExecutionTimedOut: { timeoutType: v1.TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE } });
        await this.closeRun(tx, run, RunStatus.TimedOut, { failure: { message: `workflow timed out: ${which} elapsed`,
          source: 'runtime', timeout: { timeoutType: v1.TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE } } });
        return true;
      }
      default:
        if (ACTIVITY_TIMER_KINDS.includes(timer.kind)) return this.fireActivityTimer(tx, run, timer);
        throw new ServiceError(13, `unknown timer kind ${timer.kind}`);
    }
  }

  /**
   * An activity's timer: acts only while the activity is in the state (and attempt) the timer was armed for;
   * a timer left behind by a state the activity has moved on from changes nothing.
   */
  private async fireActivityTimer(tx: Tx, run: RunState, timer: TimerRow): Promise<boolean> {
    const a = await this.loadActivity(tx, run, timer.ref_event_id);
    const armedIn: Partial<Record<TimerKind, ActivityState>> = {
      [TimerKind.ActivityRetry]: ActivityState.BackingOff, [TimerKind.ActivityStartToClose]: ActivityState.Started,
      [TimerKind.ActivityHeartbeat]: ActivityState.Started, [TimerKind.ActivityScheduleToStart]: ActivityState.Scheduled,
    };
    const state = armedIn[timer.kind]; // schedule-to-close holds in every state
    if (!a || (state !== undefined && (a.state !== state || a.attempt !== timer.attempt))) return false;
    const scheduled = pb.ActivityTaskScheduled.decode(a.scheduled);
    switch (timer.kind) {
      case TimerKind.ActivityRetry:
        this.queueActivityAttempt(run, a, scheduled);
        return true;
      case TimerKind.ActivityStartToClose:
        if (this.failActivityAttempt(tx, run, a, this.timeoutFailure(a, v1.TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE,
          `start-to-close timeout of ${scheduled.startToCloseTimeoutMs} ms elapsed`), true)) this.ensureWorkflowTask(run);
        return true;
      case TimerKind.ActivityHeartbeat: {
        const timeout = Number(scheduled.heartbeatTimeoutMs);
        const due = Math.max(a.started_time ?? 0, a.last_heartbeat_time ?? 0) + timeout;
        if (due > run.now) {
          // A heartbeat came since the timer was armed: wait from the last one (heartbeats write no timers).
          insertTimer(run, TimerKind.ActivityHeartbeat, due, a.scheduled_event_id, a.attempt);
          return false;
        }
        if (this.failActivityAttempt(tx, run, a, this.timeoutFailure(a, v1.TimeoutType.TIMEOUT_TYPE_HEARTBEAT,
          `no heartbeat for ${timeout} ms (heartbeat timeout)`), true)) this.ensureWorkflowTask(run);
        return true;
      }
      case TimerKind.ActivityScheduleToStart:
        this.timeOutActivity(run, a, this.timeoutFailure(a, v1.TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_START,
          `no worker took it within the schedule-to-start timeout of ${scheduled.scheduleToStartTimeoutMs} ms ` +
          `(is a worker polling task queue '${a.task_queue}'?)`));
        return true;
      default:
        this.timeOutActivity(run, a, this.timeoutFailure(a, v1.TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_CLOSE,
          `schedule-to-close timeout of ${scheduled.scheduleToCloseTimeoutMs} ms elapsed`));
        return true;
    }
  }
}
/** Checks a command's fields; a bad command is the worker's bug, reported with the field's path. */
function validateCommand(c: v1.ICommand, i: number, last: boolean): void {
  const at = `commands[${i}]`;
  if (c.scheduleActivityTask) {
    const s = c.scheduleActivityTask;
    requireString(s.activityId, `${at}.schedule_activity_task.activity_id`);
    requireString(s.activityType, `${at}.schedule_activity_task.activity_type`);
    for (const f of ['startToCloseTimeoutMs', 'scheduleToCloseTimeoutMs', 'scheduleToStartTimeoutMs', 'heartbeatTimeoutMs'] as const) {
      if (Number(s[f] ?? 0) < 0) throw invalidArgument(`${at}.schedule_activity_task.${snake(f)}`, 'must not be negative');
    }
    if (!(Number(s.startToCloseTimeoutMs) > 0) && !(Number(s.scheduleToCloseTimeoutMs) > 0)) {
      throw invalidArgument(`${at}.schedule_activity_task.start_to_close_timeout_ms`,
        'must be greater than 0 (or give schedule_to_close_timeout_ms)');
    }
  } else if (c.startTimer) {
    requireString(c.startTimer.timerId, `${at}.start_timer.timer_id`);
    if (!(Number(c.startTimer.startToFireTimeoutMs) > 0)) {
      throw invalidArgument(`${at}.start_timer.start_to_fire_timeout_ms`, 'must be greater than 0');
    }
  } else if (c.cancelTimer) {
    requireString(c.cancelTimer.timerId, `${at}.cancel_timer.timer_id`);
  } else if (c.requestCancelActivityTask) {
    requireString(c.requestCancelActivityTask.activityId, `${at}.request_cancel_activity_task.activity_id`);
  } else if (c.recordMarker) {
    requireString(c.recordMarker.markerName, `${at}.record_marker.marker_name`);
  } else if (c.startChildWorkflowExecution) {
    const s = c.startChildWorkflowExecution;
    const f = `${at}.start_child_workflow_execution`;
    requireString(s.childId, `${f}.child_id`);
    requireString(s.workflowId, `${f}.workflow_id`);
    requireString(s.workflowType, `${f}.workflow_type`);
    for (const t of ['workflowTaskTimeoutMs', 'workflowExecutionTimeoutMs', 'workflowRunTimeoutMs'] as const) nonNegative(s[t], `${f}.${snake(t)}`);
    enumValue(v1.ParentClosePolicy, s.parentClosePolicy, `${f}.parent_close_policy`);
    enumValue(v1.WorkflowIdReusePolicy, s.workflowIdReusePolicy, `${f}.workflow_id_reuse_policy`);
  } else if (c.signalExternalWorkflowExecution) {
    const s = c.signalExternalWorkflowExecution;
    requireString(s.signalId, `${at}.signal_external_workflow_execution.signal_id`);
    requireString(s.execution?.workflowId, `${at}.signal_external_workflow_execution.execution.workflow_id`);
    requireString(s.signalName, `${at}.signal_external_workflow_execution.signal_name`);
  } else if (c.requestCancelExternalWorkflowExecution) {
    const s = c.requestCancelExternalWorkflowExecution;
    requireString(s.cancelId, `${at}.request_cancel_external_workflow_execution.cancel_id`);
    requireString(s.execution?.workflowId, `${at}.request_cancel_external_workflow_execution.execution.workflow_id`);
  } else if (c.completeWorkflowUpdate) {
    requireString(c.completeWorkflowUpdate.updateId, `${at}.complete_workflow_update.update_id`);
  } else if (c.completeWorkflowExecution || c.failWorkflowExecution || c.cancelWorkflowExecution || c.continueAsNewWorkflowExecution) {
    if (!last) throw invalidArgument(at, 'a command that closes the workflow must be the last command');
    const can = c.continueAsNewWorkflowExecution;
    if (can) {
      nonNegative(can.workflowTaskTimeoutMs, `${at}.continue_as_new_workflow_execution.workflow_task_timeout_ms`);
      nonNegative(can.workflowRunTimeoutMs, `${at}.continue_as_new_workflow_execution.workflow_run_timeout_ms`);
    }
  } else {
    throw invalidArgument(at, 'has no command attributes');
  }
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
