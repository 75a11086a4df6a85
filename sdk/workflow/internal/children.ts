/**
 * Child workflows, handles on other workflows (signal, cancel) and continue-as-new. A child belongs to the
 * cancellation scope it was started in: cancelling the scope asks the runtime to cancel the child and rejects
 * its result at once. Runs inside the sandbox only.
 */
import type { ChildWorkflowOptionsData, ContinueAsNewOptionsData } from '../../common/activation.js';
import { durationMs, type Duration } from '../../common/duration.js';
import { ChildWorkflowFailure, type CancelledFailure } from '../../common/failure.js';
import { seededUuid4 } from './activator.js';
import { bindToScope } from './cancellation.js';
import type { SignalDefinition } from './messages.js';
import { ContinueAsNew, toJson } from './outcome.js';
import { assertInWorkflow, pendingPromise, pushCommand, state } from './state.js';

type WorkflowFunction = (...args: any[]) => Promise<any>;
type WorkflowRef = string | WorkflowFunction;
type ArgsOf<W> = W extends (...args: infer A) => any ? A : unknown[];
type ResultOf<W> = W extends (...args: any[]) => Promise<infer R> ? R : unknown;

export interface ChildWorkflowOptions<Args extends unknown[] = unknown[]> {
  /** @default a UUID seeded by the parent's run (the same on every replay) */
  workflowId?: string;
  args?: Args;
  /** @default the parent's task queue */
  taskQueue?: string;
  /** What happens to the child when the parent closes first. @default 'TERMINATE' */
  parentClosePolicy?: 'TERMINATE' | 'ABANDON' | 'REQUEST_CANCEL';
  /** @default 'ALLOW_DUPLICATE' */
  workflowIdReusePolicy?: 'ALLOW_DUPLICATE' | 'ALLOW_DUPLICATE_FAILED_ONLY' | 'REJECT_DUPLICATE';
  workflowExecutionTimeout?: Duration;
  workflowRunTimeout?: Duration;
  workflowTaskTimeout?: Duration;
}

/** A running child: its IDs, its result, and signals to it. */
export interface ChildWorkflowHandle<R> {
  readonly workflowId: string;
  readonly firstExecutionRunId: string;
  /** Resolves with the child's result, or rejects with a ChildWorkflowFailure whose cause says how it ended. */
  result(): Promise<R>;
  signal<Args extends unknown[]>(def: SignalDefinition<Args> | string, ...args: Args): Promise<void>;
}

/** A workflow that this one did not start, by ID. */
export interface ExternalWorkflowHandle {
  readonly workflowId: string;
  readonly runId?: string;
  signal<Args extends unknown[]>(def: SignalDefinition<Args> | string, ...args: Args): Promise<void>;
  /** Asks it to cancel (its root cancellation scope is cancelled); resolves once the request is recorded. */
  cancel(): Promise<void>;
}

function typeName(ref: WorkflowRef, api: string): string {
  if (typeof ref === 'string' && ref) return ref;
  if (typeof ref === 'function' && ref.name) return ref.name;
  throw new TypeError(`${api}: pass the workflow function or its type name`);
}

const optMs = (d: Duration | undefined, name: string) => (d === undefined ? undefined : durationMs(d, name));

/** Signals or cancels another workflow; resolves when the runtime recorded it, rejects when the workflow is not running. */
function external(kind: 'signal' | 'cancel', workflowId: string, runId: string | undefined,
  body: { signalName: string; args: (string | null)[] } | { reason?: string }): Promise<void> {
  const seq = kind === 'signal' ? ++state.seq.signal : ++state.seq.cancel;
  const done = pendingPromise<void>(`${kind}:${seq}`).promise;
  if (kind === 'signal') {
    const b = body as { signalName: string; args: (string | null)[] };
    pushCommand({ type: 'signalExternal', seq, workflowId, runId, signalName: b.signalName, args: b.args });
  } else {
    pushCommand({ type: 'cancelExternal', seq, workflowId, runId, reason: (body as { reason?: string }).reason });
  }
  return done;
}

function signalArgs(def: SignalDefinition<any> | string, args: unknown[]): { signalName: string; args: (string | null)[] } {
  const signalName = typeof def === 'string' ? def : def?.name;
  if (!signalName) throw new TypeError('signal: pass a definition from defineSignal or the signal name');
  return { signalName, args: args.map((a, i) => toJson(a, `argument ${i} of signal '${signalName}'`)) };
}

/** A handle on a workflow by ID (and run), to signal or cancel it. */
export function getExternalWorkflowHandle(workflowId: string, runId?: string): ExternalWorkflowHandle {
  assertInWorkflow('getExternalWorkflowHandle');
  if (typeof workflowId !== 'string' || !workflowId) throw new TypeError('getExternalWorkflowHandle: workflowId is required');
  return {
    workflowId, runId,
    signal: (def, ...args) => external('signal', workflowId, runId, signalArgs(def, args)),
    cancel: () => external('cancel', workflowId, runId, { reason: `cancelled by workflow '${state.info!.workflowId}'` }),
  };
}

/**
 * Starts a child workflow and resolves once it has started (recorded in both histories), with a handle on it.
 * Rejects with a ChildWorkflowFailure when it could not start (its workflow ID is taken).
 */
export async function startChild<W extends WorkflowRef>(workflow: W, options: ChildWorkflowOptions<ArgsOf<W>> = {}):
  Promise<ChildWorkflowHandle<ResultOf<W>>> {
  assertInWorkflow('startChild');
  const workflowType = typeName(workflow, 'startChild');
  const workflowId = options.workflowId ?? seededUuid4();
  const seq = ++state.seq.child;
  const data: ChildWorkflowOptionsData = {
    taskQueue: options.taskQueue, parentClosePolicy: options.parentClosePolicy, workflowIdReusePolicy: options.workflowIdReusePolicy,
    workflowExecutionTimeoutMs: optMs(options.workflowExecutionTimeout, 'workflowExecutionTimeout'),
    workflowRunTimeoutMs: optMs(options.workflowRunTimeout, 'workflowRunTimeout'),
    workflowTaskTimeoutMs: optMs(options.workflowTaskTimeout, 'workflowTaskTimeout'),
  };
  const args = (options.args ?? []).map((a, i) => toJson(a, `argument ${i} of child workflow '${workflowType}'`));
  const started = pendingPromise<string>(`childStart:${seq}`).promise;
  const result = pendingPromise<ResultOf<W>>(`child:${seq}`).promise;
  result.catch(() => undefined); // awaited through the handle, if at all
  const failure = (message: string, cause: Error) => new ChildWorkflowFailure(message, workflowId, '', workflowType, cause);
  let cancelledBy: CancelledFailure | undefined;
  const cancelNow = (err: CancelledFailure) => {
    const p = state.pending.get(`child:${seq}`);
    if (!p) return; // it has finished
    state.pending.delete(`child:${seq}`);
    state.cancelled.add(`child:${seq}`);
    void external('cancel', workflowId, undefined, { reason: err.message }).catch(() => undefined);
    p.reject(failure(`child workflow '${workflowType}' (${workflowId}) was cancelled`, err));
  };
  const already = bindToScope((err) => {
    if (state.pending.has(`childStart:${seq}`)) cancelledBy = err; // acted on once it has started
    else cancelNow(err);
  }, result);
  if (already) throw failure(`child workflow '${workflowType}' was not started: its scope is cancelled`, already);
  pushCommand({ type: 'startChild', seq, workflowId, workflowType, args, options: data });
  const runId = await started;
  if (cancelledBy) cancelNow(cancelledBy);
  return {
    workflowId, firstExecutionRunId: runId,
    result: () => result,
    signal: (def, ...a) => external('signal', workflowId, undefined, signalArgs(def, a)),
  };
}

/** Starts a child workflow and waits for its result. */
export async function executeChild<W extends WorkflowRef>(workflow: W, options: ChildWorkflowOptions<ArgsOf<W>> = {}):
  Promise<ResultOf<W>> {
  return (await startChild(workflow, options)).result();
}

export interface ContinueAsNewOptions {
  /** @default this workflow's type */
  workflowType?: string;
  /** @default this workflow's task queue */
  taskQueue?: string;
  workflowRunTimeout?: Duration;
  workflowTaskTimeout?: Duration;
}

/**
 * Ends this run and starts a fresh one of the same workflow ID with `args` (an empty history), in one
 * transaction. Use it to keep long-lived workflows' histories short (see workflowInfo().continueAsNewSuggested).
 * Never returns: `await continueAsNew(...)` throws a ContinueAsNew that the SDK turns into the command.
 */
export function makeContinueAsNewFunc<F extends WorkflowFunction>(options: ContinueAsNewOptions = {}):
  (...args: Parameters<F>) => Promise<never> {
  const data: ContinueAsNewOptionsData = {
    workflowType: options.workflowType, taskQueue: options.taskQueue,
    workflowRunTimeoutMs: optMs(options.workflowRunTimeout, 'workflowRunTimeout'),
    workflowTaskTimeoutMs: optMs(options.workflowTaskTimeout, 'workflowTaskTimeout'),
  };
  return (...args: Parameters<F>) => {
    assertInWorkflow('continueAsNew');
    return Promise.reject(new ContinueAsNew(args.map((a, i) => toJson(a, `argument ${i} of continueAsNew`)), data));
  };
}

/** continueAsNew with this workflow's type and task queue. */
export function continueAsNew<F extends WorkflowFunction>(...args: Parameters<F>): Promise<never> {
  return makeContinueAsNewFunc<F>()(...args);
}
