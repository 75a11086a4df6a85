/**
 * `reprise/workflow`: the API of workflow code. Runs inside the worker's deterministic sandbox; never import
 * Node modules from here.
 */
import type { LocalActivityOptionsData, ScheduleActivityOptionsData } from '../common/activation.js';
import { ActivityFailure } from '../common/failure.js';
import { durationMs, type Duration } from '../common/duration.js';
import { retryPolicyData, type RetryPolicy } from '../common/retry-policy.js';
import { seededUuid4, toJson } from './internal/activator.js';
import { assertInWorkflow, pendingPromise, pushCommand, state } from './internal/state.js';
import { startTimer } from './internal/timers.js';
import { bindToScope } from './internal/cancellation.js';

export {
  ActivityFailure, ApplicationFailure, CancelledFailure, ChildWorkflowFailure, isCancellation, RepriseFailure, TerminatedFailure,
  TimeoutFailure, type ApplicationFailureOptions,
} from '../common/failure.js';
export {
  condition, defineQuery, defineSignal, defineUpdate, setHandler, type QueryDefinition, type SignalDefinition,
  type UpdateDefinition, type UpdateHandlerOptions,
} from './internal/messages.js';
export {
  continueAsNew, executeChild, getExternalWorkflowHandle, makeContinueAsNewFunc, startChild, type ChildWorkflowHandle,
  type ChildWorkflowOptions, type ContinueAsNewOptions, type ExternalWorkflowHandle,
} from './internal/children.js';
export { ContinueAsNew } from './internal/outcome.js';
export { CancellationScope, type CancellationScopeOptions } from './internal/cancellation.js';
export type { Duration } from '../common/duration.js';
export type { RetryPolicy } from '../common/retry-policy.js';

/**
 * Options of the activities returned by proxyActivities. Give startToCloseTimeout, scheduleToCloseTimeout, or
 * both. A timed-out attempt (start-to-close, heartbeat) is retried by the policy; schedule-to-start and
 * schedule-to-close end the activity, since another attempt cannot help.
 */
export interface ActivityOptions {
  /** Longest time one attempt may run; a slower attempt times out and is retried. @default scheduleToCloseTimeout */
  startToCloseTimeout?: Duration;
  /** Longest time for the whole activity, every attempt and backoff included. @default unlimited */
  scheduleToCloseTimeout?: Duration;
  /** Longest time an attempt may wait in its task queue for a worker. @default unlimited */
  scheduleToStartTimeout?: Duration;
  /** Longest time between two heartbeats of a running attempt (`heartbeat()` in the activity). @default none */
  heartbeatTimeout?: Duration;
  /** @default the workflow's retry defaults: unlimited attempts, 1 s doubling to 100 s */
  retry?: RetryPolicy;
  /** Task queue of the activity workers. @default the workflow's task queue */
  taskQueue?: string;
  /**
   * What cancelling the activity's scope does. `TRY_CANCEL`: ask the runtime to cancel it and reject the call at
   * once. `WAIT_CANCELLATION_COMPLETED`: ask, and settle the call only when the activity has ended (cancelled,
   * or completed or failed anyway). `ABANDON`: reject the call at once and let the activity run on.
   * @default 'TRY_CANCEL'
   */
  cancellationType?: ActivityCancellationType;
}

export type ActivityCancellationType = 'TRY_CANCEL' | 'WAIT_CANCELLATION_COMPLETED' | 'ABANDON';

/** Options of the activities returned by proxyLocalActivities. */
export interface LocalActivityOptions {
  /** Longest time one attempt may run. @default scheduleToCloseTimeout */
  startToCloseTimeout?: Duration;
  /**
   * Longest time for every attempt and backoff together. A retry whose backoff would outlast the workflow task
   * (80% of its timeout) waits on a durable timer and runs in a later task. @default unlimited
   */
  scheduleToCloseTimeout?: Duration;
  /** @default unlimited attempts, 1 s doubling to 100 s */
  retry?: RetryPolicy;
}

/** What workflowInfo() returns. */
export interface WorkflowInfo {
  workflowId: string;
  runId: string;
  workflowType: string;
  taskQueue: string;
  /** Attempt of the current workflow task (1 unless earlier attempts failed or timed out). */
  attempt: number;
  /** Number of events in history when the current workflow task started. */
  historyLength: number;
  startTime: Date;
  /**
   * True once history has grown past the runtime's suggested size (10,000 events by default): call
   * continueAsNew() at a convenient point to start over with a short history.
   */
  continueAsNewSuggested: boolean;
  /** The first run of this run's continue-as-new chain (this run's ID when it is the first). */
  firstRunId: string;
  /**
   * The run whose ID seeds Math.random and uuid4(): this run's own, or for a run made by a reset the run it was
   * reset from (so the kept events replay the same).
   */
  originalRunId: string;
  /** The run this one continues, when it was started by continueAsNew(). */
  continuedFromRunId?: string;
  /** The workflow that started this one as its child. */
  parent?: { workflowId: string; runId: string };
  /** Facts that differ between the first execution and replays. Never branch workflow logic on them. */
  unsafe: {
    /** True while the worker replays tasks that history already holds (logging, metrics). */
    isReplaying: boolean;
  };
}

type ActivityFunction = (...args: any[]) => any;
/** The activity functions of an activities module, as workflow code calls them (always async). */
export type ActivityInterfaceFor<T> = {
  [K in keyof T]: T[K] extends ActivityFunction ? (...args: Parameters<T[K]>) => Promise<Awaited<ReturnType<T[K]>>> : never;
};

/** How an activity that its scope cancelled fails in workflow code: an ActivityFailure caused by the cancellation. */
function cancelledActivity(activityType: string, seq: number, cause: Error): ActivityFailure {
  return new ActivityFailure(`activity '${activityType}' (id ${seq}) was cancelled`, activityType, String(seq), 'UNSPECIFIED', cause);
}

/**
 * Schedules an activity (or a local one) in the current cancellation scope. Cancelling the scope rejects the
 * call at once and asks the runtime to cancel the activity (a running one learns of it at its next heartbeat);
 * a result that arrives later is ignored.
 */
function callActivity(local: boolean, activityType: string, args: unknown[],
  options: ScheduleActivityOptionsData | LocalActivityOptionsData, cancellationType: ActivityCancellationType = 'TRY_CANCEL',
  continuing?: { attempt: number; scheduledTimeMs: number }): Promise<unknown> {
  assertInWorkflow(local ? 'a local activity call' : 'an activity call');
  const seq = local ? ++state.seq.localActivity : ++state.seq.activity;
  const key = `${local ? 'local' : 'activity'}:${seq}`;
  const argTexts = args.map((a, i) => toJson(a, `argument ${i} of activity '${activityType}'`));
  const { promise, reject } = pendingPromise<unknown>(key);
  const cancelled = bindToScope((err) => {
    if (!state.pending.has(key)) return;
    if (!local && cancellationType !== 'ABANDON') pushCommand({ type: 'requestCancelActivity', seq });
    // Waiting: the activity's end (ActivityTaskCanceled, or a result that came first) settles the call.
    if (cancellationType === 'WAIT_CANCELLATION_COMPLETED' && !local) return;
    state.pending.delete(key);
    state.cancelled.add(key);
    reject(cancelledActivity(activityType, seq, err));
  }, promise);
  if (cancelled) {
    state.pending.delete(key);
    reject(cancelledActivity(activityType, seq, cancelled));
  } else if (local) {
    pushCommand({ type: 'localActivity', seq, activityType, args: argTexts, options: options as LocalActivityOptionsData, ...continuing });
  } else {
    pushCommand({ type: 'scheduleActivity', seq, activityType, args: argTexts, options: options as ScheduleActivityOptionsData });
  }
  return promise;
}

type LocalRound = { value: unknown } | { backoff: { backoffMs: number; nextAttempt: number; scheduledTimeMs: number } };

/**
 * A local activity: one or more rounds, each run within a workflow task. When a retry's backoff would outlast
 * the task, the round ends with a backoff instead, and the next round starts after a durable timer.
 */
async function callLocalActivity(activityType: string, args: unknown[], options: LocalActivityOptionsData): Promise<unknown> {
  let continuing: { attempt: number; scheduledTimeMs: number } | undefined;
  for (;;) {
    const round = await callActivity(true, activityType, args, options, 'TRY_CANCEL', continuing) as LocalRound;
    if ('value' in round) return round.value;
    await startTimer(round.backoff.backoffMs, 'local activity backoff').fired;
    continuing = { attempt: round.backoff.nextAttempt, scheduledTimeMs: round.backoff.scheduledTimeMs };
  }
}

function proxy<A>(call: (name: string, args: unknown[]) => Promise<unknown>): ActivityInterfaceFor<A> {
  return new Proxy({}, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) => call(name, args);
    },
  }) as ActivityInterfaceFor<A>;
}

function timeouts(api: string, o: { startToCloseTimeout?: Duration; scheduleToCloseTimeout?: Duration }) {
  const ms = (d: Duration | undefined, name: string) => {
    if (d === undefined) return undefined;
    const v = durationMs(d, `${api}: ${name}`);
    if (v <= 0) throw new TypeError(`${api}: ${name} must be greater than 0`);
    return v;
  };
  const scheduleToCloseTimeoutMs = ms(o.scheduleToCloseTimeout, 'scheduleToCloseTimeout');
  const startToCloseTimeoutMs = ms(o.startToCloseTimeout, 'startToCloseTimeout') ?? scheduleToCloseTimeoutMs;
  if (startToCloseTimeoutMs === undefined) {
    throw new TypeError(`${api}: give startToCloseTimeout (the longest one attempt may run) or scheduleToCloseTimeout`);
  }
  return { startToCloseTimeoutMs, scheduleToCloseTimeoutMs };
}

/**
 * Activities as functions to await in a workflow. Each call schedules the activity (a command recorded in
 * history); its result comes back from history on replay, so a completed activity never runs again.
 *
 * ```ts
 * const { chargePayment } = proxyActivities<typeof activities>({ startToCloseTimeout: '10s' });
 * ```
 */
export function proxyActivities<A = Record<string, ActivityFunction>>(options: ActivityOptions): ActivityInterfaceFor<A> {
  if (!options || typeof options !== 'object') throw new TypeError('proxyActivities: options are required');
  const optional = (d: Duration | undefined, name: string) => (d === undefined ? undefined : durationMs(d, `proxyActivities: ${name}`));
  const data: ScheduleActivityOptionsData = {
    taskQueue: options.taskQueue,
    ...timeouts('proxyActivities', options),
    scheduleToStartTimeoutMs: optional(options.scheduleToStartTimeout, 'scheduleToStartTimeout'),
    heartbeatTimeoutMs: optional(options.heartbeatTimeout, 'heartbeatTimeout'),
    retry: retryPolicyData(options.retry, 'proxyActivities: retry'),
  };
  const cancellationType = options.cancellationType ?? 'TRY_CANCEL';
  if (!['TRY_CANCEL', 'WAIT_CANCELLATION_COMPLETED', 'ABANDON'].includes(cancellationType)) {
    throw new TypeError("proxyActivities: cancellationType must be 'TRY_CANCEL', 'WAIT_CANCELLATION_COMPLETED' or 'ABANDON'");
  }
  return proxy<A>((name, args) => callActivity(false, name, args, data, cancellationType));
}

/**
 * Local activities: run by the workflow's own worker inside the workflow task, without a round trip to the
 * runtime per attempt, and recorded in history as a marker with their result, so a replay never runs them again.
 * For short work (a lookup, a small write); retries run in the worker with the policy's backoff.
 */
export function proxyLocalActivities<A = Record<string, ActivityFunction>>(options: LocalActivityOptions): ActivityInterfaceFor<A> {
  if (!options || typeof options !== 'object') throw new TypeError('proxyLocalActivities: options are required');
  const data: LocalActivityOptionsData = {
    ...timeouts('proxyLocalActivities', options),
    retry: retryPolicyData(options.retry, 'proxyLocalActivities: retry'),
  };
  return proxy<A>((name, args) => callLocalActivity(name, args, data));
}

/** Waits for a durable timer: the wait survives worker and server restarts. */
export function sleep(duration: Duration): Promise<void> {
  return startTimer(duration, 'sleep').fired;
}

/** Facts about the running workflow. */
export function workflowInfo(): WorkflowInfo {
  assertInWorkflow('workflowInfo');
  const i = state.info!;
  return { ...i, startTime: new Date(i.startTimeMs), unsafe: { isReplaying: state.replaying } };
}

/**
 * A random version 4 UUID, seeded by the run: the same value on every replay, so it is safe to use as an ID
 * in workflow code (`crypto.randomUUID()` in a workflow is the same function).
 */
export function uuid4(): string {
  assertInWorkflow('uuid4');
  return seededUuid4();
}

function patchInternal(patchId: string, deprecated: boolean, api: string): boolean {
  assertInWorkflow(api);
  if (typeof patchId !== 'string' || patchId.length === 0) throw new TypeError(`${api}: the patch ID must be a non-empty string`);
  // New code runs for a task decided now, or while replaying a task that was decided by code with this patch.
  const usePatch = !state.replaying || state.patches.known.has(patchId);
  if (usePatch && !state.patches.sent.has(patchId)) {
    state.patches.sent.add(patchId);
    pushCommand({ type: 'patchMarker', patchId, deprecated });
  }
  return usePatch;
}

/**
 * Changes workflow code under running workflows. Returns true where the new code should run: in runs that reach
 * this point for the first time (the decision is recorded in history as a marker) and in replays of runs that
 * recorded it; false in replays of runs that passed this point under the old code.
 *
 * ```ts
 * if (patched('send-receipt')) await sendReceipt(order); // new code
 * else await sendEmail(order);                          // what running workflows did before the change
 * ```
 *
 * Once no run that took the old path is left, replace the call with deprecatePatch(id) and remove the old branch.
 */
export function patched(patchId: string): boolean {
  return patchInternal(patchId, false, 'patched');
}

/**
 * The second step of removing a patch: the old branch is gone, but runs that recorded patched(id) still replay.
 * Records a marker flagged as deprecated, which a later version of the code may drop altogether: replaying a
 * history with a deprecated marker the code no longer asks for is not a divergence.
 */
export function deprecatePatch(patchId: string): void {
  patchInternal(patchId, true, 'deprecatePatch');
}

