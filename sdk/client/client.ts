import type { Client as GrpcClient } from '@grpc/grpc-js';
import { newId } from '../internal/ids.js';
import { v1, workerServiceDefinition, workflowServiceDefinition } from '../../proto/index.js';
import { durationMs, type Duration } from '../common/duration.js';
import { errorToFailureData, failureDataToError } from '../common/failure.js';
import { call, DEFAULT_ADDRESS, makeClient, waitForReady } from '../internal/grpc.js';
import { historyToJSON, type HistoryJSON } from '../internal/history-json.js';
import { failureFromProto, failureToProto, fromJson, payloadsToValues, payloadToJson, valuesToPayloads } from '../internal/payloads.js';
import {
  ActivityCancelledError, ActivityNotFoundError, ServiceError, ValueError, WorkflowExecutionAlreadyStartedError, WorkflowFailedError, WorkflowNotFoundError,
  WorkflowQueryFailedError, WorkflowUpdateFailedError,
} from './errors.js';

export interface ClientOptions {
  /** host:port of the Reprise server. @default '127.0.0.1:7233' */
  address?: string;
  /** @default 'default' */
  namespace?: string;
  /** How long connect() waits for the server. @default 10s */
  connectTimeout?: Duration;
  /** Recorded in history as who started a workflow. @default `client@<pid>` */
  identity?: string;
}

export interface WorkflowStartOptions<Args extends unknown[] = unknown[]> {
  taskQueue: string;
  workflowId: string;
  args?: Args;
  /** A retried start with the same request ID returns the run the first one created. @default a new ULID */
  requestId?: string;
  /** How long a worker may hold one workflow task before it is given to another. @default '10s' */
  workflowTaskTimeout?: Duration;
  /** Whether a workflow ID whose runs have closed may start again. @default 'ALLOW_DUPLICATE' */
  workflowIdReusePolicy?: 'ALLOW_DUPLICATE' | 'ALLOW_DUPLICATE_FAILED_ONLY' | 'REJECT_DUPLICATE';
  /**
   * What to do when a run of the workflow ID is running: fail with WorkflowExecutionAlreadyStartedError, return a
   * handle on the running run, or terminate it and start anew. @default 'FAIL'
   */
  workflowIdConflictPolicy?: 'FAIL' | 'USE_EXISTING' | 'TERMINATE_EXISTING';
  /** Longest time for the whole workflow, every continue-as-new run included; it then closes as timed out. */
  workflowExecutionTimeout?: Duration;
  /** Longest time for one run. */
  workflowRunTimeout?: Duration;
  /**
   * Eager start: when a worker connected to the same server serves the task queue and the workflow type and has
   * a free workflow task slot, the first workflow task goes straight to it, started with the run (one database
   * transaction and one hop fewer). Otherwise the task is queued as usual. Ignored by signalWithStart.
   * @default false
   */
  eagerStart?: boolean;
}

/** signalWithStart: the start options, and the signal to send to the running run or the new one. */
export interface SignalWithStartOptions<SignalArgs extends unknown[] = unknown[]> extends WorkflowStartOptions {
  signal: SignalRef<SignalArgs>;
  signalArgs?: SignalArgs;
}

export type WorkflowStatus = 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELED' | 'TERMINATED' | 'CONTINUED_AS_NEW' | 'TIMED_OUT' |
  'UNSPECIFIED';
const STATUS: Record<number, WorkflowStatus> = { 0: 'UNSPECIFIED', 1: 'RUNNING', 2: 'COMPLETED', 3: 'FAILED', 4: 'CANCELED',
  5: 'TERMINATED', 6: 'CONTINUED_AS_NEW', 7: 'TIMED_OUT' };

/** A signal, query or update by its definition (`defineSignal('approve')` from reprise/workflow) or its name. */
type SignalRef<Args extends unknown[] = any[]> = string | { type: 'signal'; name: string; __args?: Args };
type QueryRef<Ret = unknown, Args extends unknown[] = any[]> = string | { type: 'query'; name: string; __types?: [Ret, Args] };
type UpdateRef<Ret = unknown, Args extends unknown[] = any[]> = string | { type: 'update'; name: string; __types?: [Ret, Args] };

function nameOf(ref: string | { type: string; name: string }, kind: 'signal' | 'query' | 'update'): string {
  if (typeof ref === 'string' && ref) return ref;
  if (ref && typeof ref === 'object' && ref.type === kind && typeof ref.name === 'string' && ref.name) return ref.name;
  throw new ValueError(`${kind}: pass the definition from define${kind[0]!.toUpperCase()}${kind.slice(1)}() or the ${kind} name`);
}

/** Values as payloads; a value JSON cannot hold is a ValueError saying where ("start options: args[0] ..."). */
function payloadsOf(values: unknown[], what: string): v1.IPayloads {
  const at = what.lastIndexOf(': ');
  try {
    return valuesToPayloads(values, what.slice(at + 2));
  } catch (err) {
    throw new ValueError(at >= 0 ? `${what.slice(0, at)}: ${(err as Error).message}` : (err as Error).message);
  }
}

/** How long one result wait stays open on the server before the client asks again. */
const RESULT_WAIT_MS = 30_000;

const REUSE_POLICIES = { ALLOW_DUPLICATE: 1, ALLOW_DUPLICATE_FAILED_ONLY: 2, REJECT_DUPLICATE: 3 } as const;
const CONFLICT_POLICIES = { FAIL: 1, USE_EXISTING: 2, TERMINATE_EXISTING: 3 } as const;

function policy<T extends Record<string, number>>(values: T, value: string | undefined, field: string): number {
  if (value === undefined) return 0;
  const code = values[value];
  if (code === undefined) throw new ValueError(`start options: ${field} must be one of ${Object.keys(values).join(', ')}`);
  return code;
}

export interface PendingActivity {
  activityId: string;
  activityType: string;
  state: string;
  attempt: number;
  maximumAttempts: number;
  lastFailure?: Error;
  scheduledTime: Date;
  lastStartedTime?: Date;
  nextAttemptTime?: Date;
  lastWorkerIdentity?: string;
  /** The last details the activity reported with heartbeat(). */
  heartbeatDetails?: unknown;
  lastHeartbeatTime?: Date;
  /** The workflow asked to cancel it; the activity learns of it at its next heartbeat. */
  cancelRequested: boolean;
}

export interface WorkflowDescription extends WorkflowSummary {
  pendingActivities: PendingActivity[];
  pendingTimers: { timerId: string; fireTime: Date }[];
  pendingWorkflowTask?: { state: string; attempt: number; lastFailure?: Error };
  /** The workflow's arguments. */
  input: unknown[];
  /** Once closed: the result (completed) or the failure. */
  result?: unknown;
  failure?: Error;
  /** Every child workflow the run started, oldest first. */
  children: WorkflowSummary[];
  cancelRequested: boolean;
}

/** One run in a listing. */
export interface WorkflowSummary {
  workflowId: string;
  runId: string;
  type: string;
  taskQueue: string;
  status: WorkflowStatus;
  startTime: Date;
  closeTime?: Date;
  historyLength: number;
  /** The workflow that started this run as its child. */
  parent?: { workflowId: string; runId: string };
  /** The run that continued this one (status CONTINUED_AS_NEW), or that a reset of it started. */
  newExecutionRunId?: string;
  /** The first run of its continue-as-new chain, and the run it carries on from (continue-as-new or reset). */
  firstRunId: string;
  continuedFromRunId?: string;
  /** Why a running run needs an operator: a failing workflow task, an activity past its second attempt, no progress. */
  attention: string[];
}

/** Which runs client.workflow.list() returns; every field is optional. */
export interface WorkflowListFilter {
  type?: string;
  status?: WorkflowStatus | WorkflowStatus[];
  workflowIdPrefix?: string;
  taskQueue?: string;
  startedAfter?: Date;
  startedBefore?: Date;
  /** Only running runs that need an operator (see WorkflowSummary.attention). */
  needsAttention?: boolean;
  /** With needsAttention: how long without a new event counts as no progress. @default '5m' */
  noProgress?: Duration;
  /** Runs fetched per call. @default 100 */
  pageSize?: number;
}

const STATUS_CODE: Record<string, number> = { RUNNING: 1, COMPLETED: 2, FAILED: 3, CANCELED: 4, TERMINATED: 5, CONTINUED_AS_NEW: 6,
  TIMED_OUT: 7 };

function summaryOf(info: v1.IWorkflowExecutionInfo): WorkflowSummary {
  return {
    workflowId: info.execution!.workflowId!, runId: info.execution!.runId!, type: info.workflowType!,
    taskQueue: info.taskQueue!, status: STATUS[info.status ?? 0]!, startTime: new Date(Number(info.startTimeMs)),
    closeTime: optDate(info.closeTimeMs), historyLength: Number(info.historyLength),
    parent: info.parentExecution?.workflowId ? { workflowId: info.parentExecution.workflowId, runId: info.parentExecution.runId ?? '' } : undefined,
    newExecutionRunId: info.newExecutionRunId || undefined, firstRunId: info.firstRunId || info.execution!.runId!,
    continuedFromRunId: info.continuedFromRunId || undefined, attention: info.attention ?? [],
  };
}

type WorkflowRef = string | ((...args: any[]) => any);

function workflowTypeOf(ref: WorkflowRef): string {
  if (typeof ref === 'string') {
    if (!ref) throw new ValueError('workflow type: must not be empty');
    return ref;
  }
  if (typeof ref === 'function' && ref.name) return ref.name;
  throw new ValueError('workflow type: pass the workflow function or its exported name as a string');
}

function listDuration(d: Duration): number {
  try {
    return durationMs(d, 'list filter: noProgress');
  } catch (err) {
    throw new ValueError((err as Error).message);
  }
}

const optDate = (ms: number | null | undefined) => (ms ? new Date(Number(ms)) : undefined);

/**
 * A handle on one workflow: the run given, or else its latest run. A handle from start() remembers the run it
 * started (`firstExecutionRunId`): result() waits from that run along its continue-as-new chain, while signals,
 * queries, updates, cancel and terminate go to the latest run of the ID.
 */
export class WorkflowHandle<Result = unknown> {
  constructor(private readonly client: Client, readonly workflowId: string, readonly runId?: string,
    readonly firstExecutionRunId?: string) {}

  private get execution(): v1.IWorkflowExecution {
    return { workflowId: this.workflowId, runId: this.runId ?? '' };
  }

  /**
   * Waits for the workflow to close; returns its result or throws WorkflowFailedError (its cause says how it
   * ended: the failure, a CancelledFailure, a TerminatedFailure or a TimeoutFailure). A run that continued as new
   * is followed to the last run of the chain.
   */
  async result(): Promise<Result> {
    return this._resultAfter(undefined);
  }

  /** @internal result(), given the first answer when it is in hand already (execute() gets one with its start). */
  async _resultAfter(answer: v1.IWaitWorkflowResultResponse | null | undefined): Promise<Result> {
    let runId = this.runId ?? this.firstExecutionRunId ?? '';
    for (let res = answer; ; res = undefined) {
      res ??= await this.client._call<v1.WaitWorkflowResultResponse>('waitWorkflowResult',
        { namespace: this.client.namespace, execution: { workflowId: this.workflowId, runId }, waitMs: RESULT_WAIT_MS },
        RESULT_WAIT_MS + 10_000, this);
      if (!res.closed) continue;
      if (res.status === v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED) {
        return fromJson(payloadToJson(res.result?.payloads?.[0])) as Result;
      }
      // A run that continued as new, or was terminated by a reset, carries on in the next run.
      if ((res.status === v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW ||
        res.status === v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED) && res.newExecutionRunId) {
        runId = res.newExecutionRunId;
        continue;
      }
      const cause = failureDataToError(failureFromProto(res.failure ?? { message: 'workflow failed' }));
      const how = { 4: 'was cancelled', 5: 'was terminated', 7: 'timed out' }[res.status as 4 | 5 | 7] ?? 'failed';
      throw new WorkflowFailedError(`workflow '${this.workflowId}' ${how}: ${cause.message}`, this.workflowId, res.runId ?? runId, cause);
    }
  }

  /** Sends a signal (recorded in the running run's history and delivered to its handler in order). */
  async signal<Args extends unknown[]>(signal: SignalRef<Args>, ...args: Args): Promise<void> {
    await this.signalWithOptions(signal, { args });
  }

  /** Sends a signal with a reason recorded in its event (what the CLI and the console do). */
  async signalWithOptions<Args extends unknown[]>(signal: SignalRef<Args>, options: { args?: Args; reason?: string }): Promise<void> {
    const signalName = nameOf(signal, 'signal');
    await this.client._call('signalWorkflow', { namespace: this.client.namespace, execution: this.execution, signalName,
      input: payloadsOf(options.args ?? [], 'signal args'), identity: this.client.identity, reason: options.reason ?? '' }, 10_000, this);
  }

  /**
   * Starts a new run from a workflow task of this run (`eventId`: its WorkflowTaskCompleted event): the events
   * before it are kept, that task runs again on the current code, and signals received after it are delivered
   * again. A running run is terminated. Returns a handle on the new run.
   */
  async reset(options: { eventId: number; reason: string; requestId?: string }): Promise<WorkflowHandle<Result>> {
    if (!options?.reason) throw new ValueError('reset: a reason is required');
    const res = await this.client._call<v1.ResetWorkflowResponse>('resetWorkflow', { namespace: this.client.namespace,
      execution: { workflowId: this.workflowId, runId: this.runId ?? '' }, workflowTaskFinishEventId: options.eventId,
      reason: options.reason, identity: this.client.identity, requestId: options.requestId ?? newId() }, 30_000, this);
    return new WorkflowHandle<Result>(this.client, this.workflowId, res.runId);
  }

  /**
   * Asks a worker to answer a query from the workflow's state (running or closed); nothing is written to
   * history. Throws WorkflowQueryFailedError when there is no handler, it throws, or no worker can answer.
   */
  async query<Ret = unknown, Args extends unknown[] = unknown[]>(query: QueryRef<Ret, Args>, ...args: Args): Promise<Ret> {
    const queryName = nameOf(query, 'query');
    try {
      const res = await this.client._call<v1.QueryWorkflowResponse>('queryWorkflow', { namespace: this.client.namespace,
        execution: this.execution, queryName, args: payloadsOf(args, 'query args') }, 20_000, this);
      return fromJson(payloadToJson(res.result?.payloads?.[0])) as Ret;
    } catch (err) {
      if (err instanceof ServiceError && [9, 4, 14].includes(err.grpcCode)) throw new WorkflowQueryFailedError(err.message, err.grpcCode);
      throw err;
    }
  }

  /**
   * Sends an update and waits for its handler's result. Its validator (if any) runs first on a worker: a
   * rejection throws WorkflowUpdateFailedError and writes nothing to history. `updateId` makes a retried call
   * return the first call's outcome.
   */
  async executeUpdate<Ret = unknown, Args extends unknown[] = unknown[]>(update: UpdateRef<Ret, Args>,
    options: { args?: Args; updateId?: string } = {}): Promise<Ret> {
    const name = nameOf(update, 'update');
    const updateId = options.updateId ?? newId();
    const req = { namespace: this.client.namespace, execution: this.execution, updateId, name,
      args: payloadsOf(options.args ?? [], 'update args'), identity: this.client.identity, waitMs: 30_000 };
    for (;;) {
      const res = await this.client._call<v1.UpdateWorkflowResponse>('updateWorkflow', req, 40_000, this);
      if (!res.completed) continue;
      if (res.failure) {
        const cause = failureDataToError(failureFromProto(res.failure));
        throw new WorkflowUpdateFailedError(`update '${name}' of workflow '${this.workflowId}' failed: ${cause.message}`,
          this.workflowId, updateId, cause);
      }
      return fromJson(payloadToJson(res.result?.payloads?.[0])) as Ret;
    }
  }

  /**
   * Asks the workflow to cancel: its root cancellation scope is cancelled, its activities and timers fail with a
   * cancellation, and the workflow decides (compensate, then end as cancelled).
   */
  async cancel(reason?: string): Promise<void> {
    await this.client._call('requestCancelWorkflow', { namespace: this.client.namespace, execution: this.execution,
      reason: reason ?? '', identity: this.client.identity }, 10_000, this);
  }

  /** Closes the run at once as terminated (no workflow code runs); its children follow their parent close policy. */
  async terminate(reason?: string): Promise<void> {
    await this.client._call('terminateWorkflow', { namespace: this.client.namespace, execution: this.execution,
      reason: reason ?? '', identity: this.client.identity }, 10_000, this);
  }

  async describe(): Promise<WorkflowDescription> {
    const res = await this.client._call<v1.DescribeWorkflowResponse>('describeWorkflow',
      { namespace: this.client.namespace, execution: this.execution }, 10_000, this);
    const err = (f: v1.IFailure | null | undefined) => (f ? failureDataToError(failureFromProto(f)) : undefined);
    return {
      ...summaryOf(res.info!),
      pendingActivities: (res.pendingActivities ?? []).map((a) => ({
        activityId: a.activityId!, activityType: a.activityType!, state: a.state!, attempt: a.attempt!,
        maximumAttempts: a.maximumAttempts!, lastFailure: err(a.lastFailure), scheduledTime: new Date(Number(a.scheduledTimeMs)),
        lastStartedTime: optDate(a.lastStartedTimeMs), nextAttemptTime: optDate(a.nextAttemptTimeMs),
        lastWorkerIdentity: a.lastWorkerIdentity || undefined, heartbeatDetails: payloadsToValues(a.heartbeatDetails)[0],
        lastHeartbeatTime: optDate(a.lastHeartbeatTimeMs), cancelRequested: a.cancelRequested ?? false,
      })),
      pendingTimers: (res.pendingTimers ?? []).map((t) => ({ timerId: t.timerId!, fireTime: new Date(Number(t.fireTimeMs)) })),
      pendingWorkflowTask: res.pendingWorkflowTask
        ? { state: res.pendingWorkflowTask.state!, attempt: res.pendingWorkflowTask.attempt!, lastFailure: err(res.pendingWorkflowTask.lastFailure) }
        : undefined,
      input: payloadsToValues(res.input), result: res.result ? payloadsToValues(res.result)[0] : undefined,
      failure: err(res.failure), children: (res.children ?? []).map(summaryOf), cancelRequested: res.cancelRequested ?? false,
    };
  }

  /** The run's whole history as plain JSON (the replayer's format), fetched page by page. */
  async fetchHistory(): Promise<HistoryJSON> {
    const events: v1.IHistoryEvent[] = [];
    let token: Uint8Array = new Uint8Array();
    let runId = this.runId ?? '';
    do {
      const res: v1.GetWorkflowHistoryResponse = await this.client._call('getWorkflowHistory', {
        namespace: this.client.namespace, execution: { workflowId: this.workflowId, runId }, nextPageToken: token,
      }, 30_000, this);
      runId = res.runId; // later pages read the same run even if a new one starts meanwhile
      events.push(...res.events);
      token = res.nextPageToken;
    } while (token.length > 0);
    return historyToJSON(events);
  }
}

/** Starts workflows and gets handles on them. */
export class WorkflowClient {
  constructor(private readonly client: Client) {}

  private startRequest(workflow: WorkflowRef, options: WorkflowStartOptions, api: string): v1.IStartWorkflowRequest {
    const workflowType = workflowTypeOf(workflow);
    if (!options || typeof options !== 'object') throw new ValueError(`${api} options: required ({ taskQueue, workflowId })`);
    if (!options.taskQueue) throw new ValueError(`${api} options: taskQueue is required`);
    if (!options.workflowId) throw new ValueError(`${api} options: workflowId is required`);
    if (options.args !== undefined && !Array.isArray(options.args)) throw new ValueError(`${api} options: args must be an array`);
    if (options.eagerStart !== undefined && typeof options.eagerStart !== 'boolean') throw new ValueError(`${api} options: eagerStart must be true or false`);
    const ms = (d: Duration | undefined, field: string) => (d === undefined ? 0 : durationMs(d, field));
    return {
      namespace: this.client.namespace, workflowId: options.workflowId, workflowType, taskQueue: options.taskQueue,
      input: payloadsOf(options.args ?? [], `${api} options: args`), requestId: options.requestId ?? newId(), identity: this.client.identity,
      workflowTaskTimeoutMs: ms(options.workflowTaskTimeout, 'workflowTaskTimeout'),
      workflowExecutionTimeoutMs: ms(options.workflowExecutionTimeout, 'workflowExecutionTimeout'),
      workflowRunTimeoutMs: ms(options.workflowRunTimeout, 'workflowRunTimeout'),
      workflowIdReusePolicy: policy(REUSE_POLICIES, options.workflowIdReusePolicy, 'workflowIdReusePolicy'),
      workflowIdConflictPolicy: policy(CONFLICT_POLICIES, options.workflowIdConflictPolicy, 'workflowIdConflictPolicy'),
      requestEagerExecution: options.eagerStart === true,
    };
  }

  private async send<R>(method: string, req: object, workflowId: string, workflowType: string, deadlineMs = 30_000):
    Promise<[WorkflowHandle<R>, v1.StartWorkflowResponse]> {
    try {
      const res = await this.client._call<v1.StartWorkflowResponse>(method, req, deadlineMs);
      return [new WorkflowHandle<R>(this.client, workflowId, undefined, res.runId), res];
    } catch (err) {
      if (err instanceof ServiceError && err.grpcCode === 6) {
        throw new WorkflowExecutionAlreadyStartedError(err.message, workflowId, workflowType);
      }
      throw err;
    }
  }

  /** Starts a workflow and returns a handle on its run. */
  async start<R = unknown>(workflow: WorkflowRef, options: WorkflowStartOptions): Promise<WorkflowHandle<R>> {
    const req = this.startRequest(workflow, options, 'start');
    return (await this.send<R>('startWorkflow', req, req.workflowId!, req.workflowType!))[0];
  }

  /**
   * Signals the running run of the workflow ID, or starts a run with the signal as its first message, in one
   * transaction (the signal is never lost between a check and a start).
   */
  async signalWithStart<R = unknown>(workflow: WorkflowRef, options: SignalWithStartOptions): Promise<WorkflowHandle<R>> {
    const start = this.startRequest(workflow, options, 'signalWithStart');
    const signalName = nameOf(options.signal, 'signal');
    const req: v1.ISignalWithStartWorkflowRequest = { start, signalName,
      signalInput: payloadsOf(options.signalArgs ?? [], 'signalWithStart options: signalArgs') };
    return (await this.send<R>('signalWithStartWorkflow', req, start.workflowId!, start.workflowType!))[0];
  }

  /**
   * Starts a workflow and waits for its result. One call does both: the start's response waits for the run to
   * close (up to 30 s, then the wait goes on as result() does).
   */
  async execute<R = unknown>(workflow: WorkflowRef, options: WorkflowStartOptions): Promise<R> {
    const req = { ...this.startRequest(workflow, options, 'execute'), waitResultMs: RESULT_WAIT_MS };
    const [handle, res] = await this.send<R>('startWorkflow', req, req.workflowId!, req.workflowType!, RESULT_WAIT_MS + 30_000);
    return handle._resultAfter(res.result);
  }

  /** The runs that match a filter, newest first, fetched page by page as the iteration goes. */
  async *list(filter: WorkflowListFilter = {}): AsyncGenerator<WorkflowSummary> {
    const statuses = filter.status === undefined ? [] : Array.isArray(filter.status) ? filter.status : [filter.status];
    const codes = statuses.map((st) => {
      const code = STATUS_CODE[st];
      if (!code) throw new ValueError(`list filter: status '${st}' is not one of ${Object.keys(STATUS_CODE).join(', ')}`);
      return code;
    });
    const time = (d: Date | undefined, field: string) => {
      if (d === undefined) return 0;
      if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new ValueError(`list filter: ${field} must be a Date`);
      return d.getTime();
    };
    let token: Uint8Array = new Uint8Array();
    const req: v1.IListWorkflowsRequest = {
      namespace: this.client.namespace, pageSize: filter.pageSize ?? 0, workflowType: filter.type ?? '', statuses: codes,
      workflowIdPrefix: filter.workflowIdPrefix ?? '', taskQueue: filter.taskQueue ?? '',
      startedAfterMs: time(filter.startedAfter, 'startedAfter'), startedBeforeMs: time(filter.startedBefore, 'startedBefore'),
      needsAttention: filter.needsAttention ?? false,
      noProgressMs: filter.noProgress === undefined ? 0 : listDuration(filter.noProgress),
    };
    do {
      const res = await this.client._call<v1.ListWorkflowsResponse>('listWorkflows', { ...req, nextPageToken: token }, 30_000);
      for (const info of res.executions) yield summaryOf(info);
      token = res.nextPageToken;
    } while (token.length > 0);
  }

  /** A handle on an existing workflow: its latest run, or `runId`. */
  getHandle<R = unknown>(workflowId: string, runId?: string): WorkflowHandle<R> {
    if (!workflowId) throw new ValueError('getHandle: workflowId is required');
    return new WorkflowHandle<R>(this.client, workflowId, runId);
  }
}

/**
 * Completes activities from outside the worker (a person's decision, a webhook): the activity threw
 * CompleteAsyncError and handed its `Context.current().info.taskToken` to whoever finishes it.
 */
export class AsyncCompletionClient {
  constructor(private readonly client: Client) {}

  private token(taskToken: string | Uint8Array): Uint8Array {
    if (taskToken instanceof Uint8Array) return taskToken;
    if (typeof taskToken !== 'string' || taskToken.length === 0) {
      throw new ValueError('taskToken: required (the activity\'s Context.current().info.taskToken)');
    }
    return Buffer.from(taskToken, 'base64');
  }

  private async send<Res>(method: string, req: object): Promise<Res> {
    try {
      return await this.client._callWorkerService<Res>(method, req);
    } catch (err) {
      if (err instanceof ServiceError && err.grpcCode === 5) throw new ActivityNotFoundError(err.message);
      throw err;
    }
  }

  /** Completes the activity attempt with a result. ActivityNotFoundError when it is no longer running. */
  async complete(taskToken: string | Uint8Array, result?: unknown): Promise<void> {
    let payloads: v1.IPayloads;
    try {
      payloads = valuesToPayloads([result], 'result');
    } catch (err) {
      throw new ValueError(`complete: ${(err as Error).message}`);
    }
    await this.send('completeActivityTask', { taskToken: this.token(taskToken), result: payloads, identity: this.client.identity });
  }

  /** Fails the attempt (retried by the activity's policy unless the error is a non-retryable ApplicationFailure). */
  async fail(taskToken: string | Uint8Array, err: unknown): Promise<void> {
    await this.send('failActivityTask', { taskToken: this.token(taskToken), failure: failureToProto(errorToFailureData(err)),
      identity: this.client.identity });
  }

  /** Records a heartbeat; throws ActivityCancelledError when the workflow asked to cancel the activity. */
  async heartbeat(taskToken: string | Uint8Array, details?: unknown): Promise<void> {
    const res = await this.send<v1.RecordActivityTaskHeartbeatResponse>('recordActivityTaskHeartbeat', {
      taskToken: this.token(taskToken), details: valuesToPayloads([details], 'details'), identity: this.client.identity });
    if (res.cancelRequested) throw new ActivityCancelledError('the workflow asked to cancel this activity');
  }

  /** Reports that the activity stopped because it was cancelled. */
  async reportCancellation(taskToken: string | Uint8Array): Promise<void> {
    await this.send('failActivityTask', { taskToken: this.token(taskToken), identity: this.client.identity,
      failure: { message: 'activity cancelled', source: 'typescript-sdk', canceled: {} } });
  }
}

/** The entry point of client code: `const client = await Client.connect({ address })`. */
export class Client {
  readonly workflow: WorkflowClient;
  readonly activity: AsyncCompletionClient;
  readonly namespace: string;
  private workerGrpc?: GrpcClient;
  readonly identity: string;

  private constructor(private readonly grpc: GrpcClient, readonly address: string, options: ClientOptions) {
    this.namespace = options.namespace ?? 'default';
    this.identity = options.identity ?? `client@${process.pid}`;
    this.workflow = new WorkflowClient(this);
    this.activity = new AsyncCompletionClient(this);
  }

  /** Connects to a Reprise server; rejects with ConnectionError if it cannot be reached within connectTimeout. */
  static async connect(options: ClientOptions = {}): Promise<Client> {
    const address = options.address ?? DEFAULT_ADDRESS;
    const grpc = makeClient(workflowServiceDefinition, address);
    try {
      await waitForReady(grpc, address, durationMs(options.connectTimeout ?? '10s', 'connectTimeout'));
    } catch (err) {
      grpc.close();
      throw err;
    }
    return new Client(grpc, address, options);
  }

  /** @internal */
  async _call<Res>(method: string, req: object, deadlineMs: number, handle?: WorkflowHandle<unknown>): Promise<Res> {
    try {
      return await call<object, Res>(this.grpc, method, req, { deadlineMs });
    } catch (err) {
      if (handle && err instanceof ServiceError && err.grpcCode === 5) {
        throw new WorkflowNotFoundError(err.message, handle.workflowId, handle.runId);
      }
      throw err;
    }
  }

  /** @internal Calls the worker service (async activity completion). */
  async _callWorkerService<Res>(method: string, req: object): Promise<Res> {
    this.workerGrpc ??= makeClient(workerServiceDefinition, this.address);
    return call<object, Res>(this.workerGrpc, method, req, { deadlineMs: 30_000 });
  }

  close(): void {
    this.grpc.close();
    this.workerGrpc?.close();
  }
}
