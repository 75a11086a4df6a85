/**
 * `reprise/workflow`: the API of workflow code. Runs inside the worker's deterministic sandbox; never import
 * Node modules from here.
 */
import type { ScheduleActivityOptionsData } from '../common/activation.js';
import { durationMs, type Duration } from '../common/duration.js';
import { retryPolicyData, type RetryPolicy } from '../common/retry-policy.js';
import { toJson } from './internal/activator.js';
import { assertInWorkflow, state } from './internal/state.js';

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
  state.commands.push({ type: 'scheduleActivity', seq, activityType, args: argTexts, options });
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
  assertInWorkflow('sleep');
  const ms = Math.max(1, durationMs(duration, 'sleep'));
  const seq = ++state.seq.timer;
  state.commands.push({ type: 'startTimer', seq, ms });
  return new Promise((resolve, reject) => state.pending.set(`timer:${seq}`, { resolve: () => resolve(), reject }));
}

/** Facts about the running workflow. */
export function workflowInfo(): WorkflowInfo {
  assertInWorkflow('workflowInfo');
  const i = state.info!;
  return { ...i, startTime: new Date(i.startTimeMs) };
}

