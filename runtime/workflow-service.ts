import { status, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { newId } from '../sdk/internal/ids.js';
import { v1 } from '../proto/index.js';
import { invalidArgument, ServiceError } from './errors.js';
import { callSignal, unary } from './grpc-util.js';
import { DEFAULT_NAMESPACE, nonNegative, type HistoryEngine } from './history-engine.js';
import type { Logger } from './logger.js';
import { closedKey, updateKey, type Notifier } from './notifier.js';
import type { LocalWorkers } from './local-workers.js';
import type { RunKey } from './run-state.js';
import type { Visibility } from './visibility.js';

const MAX_WAIT_MS = 60_000;
const QUERY_TIMEOUT_MS = 10_000;

const requireName = (value: string | null | undefined, field: string) => {
  if (!value) throw invalidArgument(field, 'is required');
  return value;
};

/** What the client service (and the console's API, which calls the same code) works with. */
export interface ServiceDeps {
  engine: HistoryEngine;
  visibility: Visibility;
  notifier: Notifier;
  workers: LocalWorkers;
  logger: Logger;
  /** How many result long polls are open (the time-skipping test environment asks). */
  waiting: { results: number };
  /** Starts that did not ask for eager execution get it too when a worker has a workflow slot free right now. */
  eagerStartWhenFree?: boolean;
}

/** Replays the run on a worker and asks it a read-only question; the answer or the handler's failure. */
export async function askWorkflow(deps: Pick<ServiceDeps, 'engine' | 'workers'>, key: RunKey, kind: v1.QueryKind, name: string,
  args: v1.IPayloads | null | undefined, signal: AbortSignal): Promise<v1.IQueryResult> {
  const { workflowType, taskQueue, history, lastEventId, nextPageToken } = await deps.engine.runHistory(key, true);
  return deps.workers.ask(key.namespace || DEFAULT_NAMESPACE, taskQueue, {
    execution: { workflowId: key.workflowId, runId: key.runId }, workflowType, history, kind, name, args, lastEventId, nextPageToken,
  }, QUERY_TIMEOUT_MS, signal);
}

/**
 * Starts a workflow, through a workflow slot borrowed from a worker connected to this instance when one is free:
 * the run's first workflow task goes to that worker straight after the commit, without a claim. A start that
 * asks for it (request_eager_execution) waits for the worker's claims in flight when none is free; any other
 * takes a slot only when one is free right now (unless the server's eagerStartWhenFree is off): a worker keeps
 * slots free only while it finds its queues empty, so such a start does not overtake a backlog.
 */
async function startWorkflow(deps: Pick<ServiceDeps, 'engine' | 'workers' | 'eagerStartWhenFree'>, req: v1.StartWorkflowRequest):
  Promise<v1.IStartWorkflowResponse> {
  const eager = req.requestEagerExecution ? 'wait' : deps.eagerStartWhenFree !== false ? 'free' : undefined;
  const slot = eager && req.taskQueue && req.workflowType
    ? await deps.workers.reserveWorkflowSlot(req.namespace || DEFAULT_NAMESPACE, req.taskQueue, req.workflowType, eager === 'wait')
    : undefined;
  try {
    const { runId, started, eagerTask } = await deps.engine.startWorkflow(req, slot && { identity: slot.identity });
    if (eagerTask) slot!.send(eagerTask);
    return { runId, started, eagerExecution: !!eagerTask };
  } finally {
    slot?.release(); // a no-op once the task was sent
  }
}

/**
 * The client service: start, signal, cancel, terminate, reset, query, update, describe, list, history pages and
 * the result long poll.
 */
export function workflowService(deps: ServiceDeps): UntypedServiceImplementation {
  const { engine, visibility, notifier, logger, waiting } = deps;
  const ask = (key: RunKey, kind: v1.QueryKind, name: string, args: v1.IPayloads | null | undefined, signal: AbortSignal) =>
    askWorkflow(deps, key, kind, name, args, signal);
  return {
    signalWorkflow: unary(logger, 'SignalWorkflow', async (req: v1.SignalWorkflowRequest) => {
      await engine.signalWorkflow(req);
      return {};
    }),
    signalWithStartWorkflow: unary(logger, 'SignalWithStartWorkflow', (req: v1.SignalWithStartWorkflowRequest) =>
      engine.signalWithStart(req)),
    requestCancelWorkflow: unary(logger, 'RequestCancelWorkflow', async (req: v1.RequestCancelWorkflowRequest) => {
      await engine.requestCancelWorkflow(req);
      return {};
    }),
    terminateWorkflow: unary(logger, 'TerminateWorkflow', async (req: v1.TerminateWorkflowRequest) => {
      await engine.terminateWorkflow(req);
      return {};
    }),
    queryWorkflow: unary(logger, 'QueryWorkflow', async (req: v1.QueryWorkflowRequest, call) => {
      const name = requireName(req.queryName, 'query_name');
      const key = await engine.resolveRun(req.namespace, req.execution);
      const res = await ask(key, v1.QueryKind.QUERY_KIND_QUERY, name, req.args, callSignal(call));
      if (res.failure) throw new ServiceError(status.FAILED_PRECONDITION, `query '${name}' failed: ${res.failure.message}`);
      return { result: res.answer };
    }),
    updateWorkflow: unary(logger, 'UpdateWorkflow', async (req: v1.UpdateWorkflowRequest, call) => {
      const name = requireName(req.name, 'name');
      const signal = callSignal(call);
      const key = await engine.runningRun(req.namespace, req.execution);
      const updateId = req.updateId || newId();
      if (!await engine.updateOutcome(key, updateId)) {
        // Validation runs on a worker against the current state; a rejection writes nothing.
        const res = await ask(key, v1.QueryKind.QUERY_KIND_VALIDATE_UPDATE, name, req.args, signal);
        if (res.failure) return { updateId, completed: true, failure: { ...res.failure, message: `update '${name}' was rejected: ${res.failure.message}` } };
        await engine.acceptUpdate(key, updateId, name, req.args, req.identity ?? '');
      }
      const done = await longPoll(updateKey(key.namespace, key.workflowId), req.waitMs, signal, async () => {
        const outcome = await engine.updateOutcome(key, updateId);
        if (outcome?.completed) return { updateId, completed: true, result: outcome.result, failure: outcome.failure };
        if (await engine.closedResult(key)) {
          throw new ServiceError(status.FAILED_PRECONDITION, `workflow '${key.workflowId}' closed before update '${updateId}' completed`);
        }
        return undefined;
      });
      return done ?? { updateId, completed: false };
    }),
    startWorkflow: unary(logger, 'StartWorkflow', async (req: v1.StartWorkflowRequest, call) => {
      const waitMs = nonNegative(req.waitResultMs, 'wait_result_ms');
      if (waitMs === 0) return startWorkflow(deps, req);
      // Read before the start: a run this call creates closes after its start commits, so after this version.
      const seen = notifier.version(closedKey(req.namespace || DEFAULT_NAMESPACE, req.workflowId));
      const res = await startWorkflow(deps, req);
      // Start and wait in one call: the run's outcome once it closes, as WaitWorkflowResult would answer. A run
      // this call created is running (nothing to read until its close wakes the wait); one a repeated request or
      // a policy returned may have closed already, and is looked at first.
      const result = await waitCounted({ namespace: req.namespace, execution: { workflowId: req.workflowId, runId: res.runId }, waitMs },
        callSignal(call), res.started ? seen : undefined);
      return { ...res, result };
    }),
    describeWorkflow: unary(logger, 'DescribeWorkflow', async (req: v1.DescribeWorkflowRequest) =>
      visibility.describe(await engine.resolveRun(req.namespace, req.execution))),
    getWorkflowHistory: unary(logger, 'GetWorkflowHistory', async (req: v1.GetWorkflowHistoryRequest) =>
      engine.getHistory(await engine.resolveRun(req.namespace, req.execution), req.maximumPageSize, req.nextPageToken)),
    listWorkflows: unary(logger, 'ListWorkflows', (req: v1.ListWorkflowsRequest) => visibility.list(req)),
    resetWorkflow: unary(logger, 'ResetWorkflow', (req: v1.ResetWorkflowRequest) => engine.resetWorkflow(req)),
    waitWorkflowResult: unary(logger, 'WaitWorkflowResult', (req: v1.WaitWorkflowResultRequest, call) => waitCounted(req, callSignal(call))),
  };

  /** A result wait, counted while open (the time-skipping test environment skips time only while one is). */
  async function waitCounted(req: v1.IWaitWorkflowResultRequest, signal: AbortSignal, runningAt?: number):
    Promise<v1.IWaitWorkflowResultResponse> {
    waiting.results++;
    try {
      return await waitForResult(req, signal, runningAt);
    } finally {
      waiting.results--;
    }
  }

  /** `runningAt`: a version of the close key at which the run was known to be running (no look until it moves). */
  async function waitForResult(req: v1.IWaitWorkflowResultRequest, signal: AbortSignal, runningAt?: number):
    Promise<v1.IWaitWorkflowResultResponse> {
    const key = await engine.resolveRun(req.namespace ?? '', req.execution, false); // closedResult says when the run does not exist
    const done = await longPoll(closedKey(key.namespace || DEFAULT_NAMESPACE, key.workflowId), req.waitMs, signal, async () => {
      const closed = await engine.closedResult(key);
      return closed && { closed: true, status: closed.status as number as v1.WorkflowExecutionStatus, result: closed.result,
        failure: closed.failure, runId: closed.runId, newExecutionRunId: closed.newRunId ?? '' };
    }, runningAt);
    return done ?? { closed: false, runId: key.runId };
  }

  /**
   * Looks with `check` until it gives an answer or the wait (0 means 30 s, at most MAX_WAIT_MS) is over or the
   * caller went away, waking on `wakeKey`'s notifications. The key's version is read before each look, so a change
   * in between is not missed. It looks again only when woken: the notifier wakes every waiter when its connection
   * comes back, so no notification is lost to a reconnect. (It used to read again every 5 s as well: with 500
   * clients waiting on results, 100 reads a second that found nothing.) `unchangedSince`: a version of the key at
   * which the caller knows `check` finds nothing; the first look then waits for a change from it instead.
   */
  async function longPoll<T>(wakeKey: string, waitMs: number | null | undefined, signal: AbortSignal,
    check: () => Promise<T | undefined>, unchangedSince?: number): Promise<T | undefined> {
    const deadline = Date.now() + Math.min(MAX_WAIT_MS, Number(waitMs) || 30_000);
    for (let first = true; ; first = false) {
      let seen: number;
      if (first && unchangedSince !== undefined) {
        seen = unchangedSince; // the caller knows the answer was none at that version
      } else {
        seen = notifier.version(wakeKey);
        const answer = await check();
        if (answer) return answer;
      }
      const left = deadline - Date.now();
      if (left <= 0 || signal.aborted) return undefined;
      await notifier.waitForChange(wakeKey, seen, left, signal);
    }
  }
}
