/**
 * `reprise/workflow`: the API of workflow code. Runs inside the worker's deterministic sandbox; never import
 * Node modules from here.
 */
import type { ScheduleActivityOptionsData } from '../common/activation.js';
import { durationMs, type Duration } from '../common/duration.js';
import { retryPolicyData, type RetryPolicy } from '../common/retry-policy.js';
import { seededUuid4, toJson } from './internal/activator.js';
import { assertInWorkflow, pushCommand, state } from './internal/state.js';
import { startTimer } from './internal/timers.js';

export {
  ActivityFailure, ApplicationFailure, RepriseFailure, TimeoutFailure, type ApplicationFailureOptions,
} from '../common/failure.js';
export type { Duration } from '../common/duration.js';
export type { RetryPolicy } from '../common/retry-policy.js';

/** Options of the activities returned by proxyActivities. */
export interface ActivityOptions {
  /** Longest time one attempt may run; a slower attempt times out and is retried. Required. */
  startToCloseTimeout: Duration;
  /** @default the workflow's retry defaults: unlimited attempts, 1 s doubling to 100 s */
  retry?: RetryPolicy;
  /** Task queue of the activity workers. @default the workflow's task queue */
  taskQueue?: string;
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

function scheduleActivity(activityType: string, args: unknown[], options: ScheduleActivityOptionsData): Promise<unknown> {
  assertInWorkflow('an activity call');
  const seq = ++state.seq.activity;
  const argTexts = args.map((a, i) => toJson(a, `argument ${i} of activity '${activityType}'`));
  pushCommand({ type: 'scheduleActivity', seq, activityType, args: argTexts, options });
  return new Promise((resolve, reject) => state.pending.set(`activity:${seq}`, { resolve, reject }));
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
  if (!options || options.startToCloseTimeout === undefined) {
    throw new TypeError('proxyActivities: startToCloseTimeout is required (the longest time one attempt may run)');
  }
  const data: ScheduleActivityOptionsData = {
    taskQueue: options.taskQueue,
    startToCloseTimeoutMs: durationMs(options.startToCloseTimeout, 'proxyActivities: startToCloseTimeout'),
    retry: retryPolicyData(options.retry, 'proxyActivities: retry'),
  };
  if (data.startToCloseTimeoutMs <= 0) throw new TypeError('proxyActivities: startToCloseTimeout must be greater than 0');
  return new Proxy({}, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) => scheduleActivity(name, args, data);
    },
  }) as ActivityInterfaceFor<A>;
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

