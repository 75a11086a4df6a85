/**
 * Messages to a running workflow: signals (recorded in history, delivered in order, buffered until a handler is
 * set), queries (answered from the replayed state, never recorded), updates (validated without writing
 * anything, then recorded and run like a signal that returns a value), and condition(), which waits for
 * workflow state to change. Runs inside the sandbox only.
 */
import { METADATA_QUERY, type JsonText, type QueryResultData } from '../../common/activation.js';
import { durationMs, type Duration } from '../../common/duration.js';
import { errorToFailureData, parseAll, RepriseFailure } from '../../common/failure.js';
import { bindToScope, CancellationScope, rootScope } from './cancellation.js';
import { endWorkflowWith, toJson } from './outcome.js';
import { assertInWorkflow, pushCommand, state } from './state.js';
import { startTimer } from './timers.js';

export interface SignalDefinition<Args extends unknown[] = []> {
  type: 'signal';
  name: string;
  /** @internal carries the types only */
  __args?: Args;
}
export interface QueryDefinition<Ret, Args extends unknown[] = []> {
  type: 'query';
  name: string;
  /** @internal carries the types only */
  __types?: [Ret, Args];
}
export interface UpdateDefinition<Ret, Args extends unknown[] = []> {
  type: 'update';
  name: string;
  /** @internal carries the types only */
  __types?: [Ret, Args];
}

function checkName(name: string, api: string): string {
  if (typeof name !== 'string' || name.length === 0) throw new TypeError(`${api}: the name must be a non-empty string`);
  return name;
}

/** A signal: a message a client or another workflow sends, recorded in history. Define it where both sides import it. */
export function defineSignal<Args extends unknown[] = []>(name: string): SignalDefinition<Args> {
  return { type: 'signal', name: checkName(name, 'defineSignal') };
}

/** A query: a read-only question about the workflow's state, answered by a worker and never recorded. */
export function defineQuery<Ret, Args extends unknown[] = []>(name: string): QueryDefinition<Ret, Args> {
  return { type: 'query', name: checkName(name, 'defineQuery') };
}

/** An update: a request that changes the workflow and returns a result, optionally validated first. */
export function defineUpdate<Ret, Args extends unknown[] = []>(name: string): UpdateDefinition<Ret, Args> {
  return { type: 'update', name: checkName(name, 'defineUpdate') };
}

export interface UpdateHandlerOptions<Args extends unknown[]> {
  /**
   * Runs before the update is accepted, on the workflow's current state; throwing rejects the update and
   * nothing is written to history. Must be synchronous and must not change state.
   */
  validator?: (...args: Args) => void;
}

type Handler<D> = D extends SignalDefinition<infer A> ? (...args: A) => void | Promise<void>
  : D extends QueryDefinition<infer R, infer A> ? (...args: A) => R
    : D extends UpdateDefinition<infer R, infer A> ? (...args: A) => R | Promise<R> : never;

/**
 * Sets (or with `undefined`, removes) the handler of a signal, query or update. Signals that arrived before
 * their handler was set are delivered to it at once, in order.
 */
export function setHandler<D extends SignalDefinition<any> | QueryDefinition<any, any> | UpdateDefinition<any, any>>(
  definition: D, handler: Handler<D> | undefined,
  options?: D extends UpdateDefinition<any, infer A> ? UpdateHandlerOptions<A> : never): void {
  assertInWorkflow('setHandler');
  if (!definition || typeof definition !== 'object' || !['signal', 'query', 'update'].includes(definition.type)) {
    throw new TypeError('setHandler: pass a definition from defineSignal, defineQuery or defineUpdate');
  }
  if (handler !== undefined && typeof handler !== 'function') throw new TypeError('setHandler: the handler must be a function');
  const fn = handler as ((...args: unknown[]) => unknown) | undefined;
  const { name } = definition;
  if (definition.type === 'update') {
    const validator = (options as UpdateHandlerOptions<unknown[]> | undefined)?.validator;
    if (fn) state.handlers.update.set(name, { handler: fn, validator });
    else state.handlers.update.delete(name);
    return;
  }
  const map = state.handlers[definition.type];
  if (!fn) {
    map.delete(name);
    return;
  }
  map.set(name, fn);
  if (definition.type === 'signal') {
    const waiting = state.bufferedSignals.filter((s) => s.name === name);
    state.bufferedSignals = state.bufferedSignals.filter((s) => s.name !== name);
    for (const s of waiting) runHandler(() => fn(...s.args));
  }
}

/** Runs a signal or update handler in the root scope; what it throws ends the workflow as the function's would. */
function runHandler(fn: () => unknown): Promise<unknown> {
  const done = rootScope().run(async () => fn());
  done.catch(endWorkflowWith);
  return done;
}

/** @internal A signal from history: to its handler, or buffered until one is set. */
export function deliverSignal(name: string, args: JsonText[]): void {
  const handler = state.handlers.signal.get(name);
  const values = parseAll(args);
  if (handler) runHandler(() => handler(...values));
  else state.bufferedSignals.push({ name, args: values });
}

/** @internal An accepted update: runs its handler and records its outcome. */
export function runUpdate(updateId: string, name: string, args: JsonText[]): void {
  const entry = state.handlers.update.get(name);
  const finish = (outcome: { result?: JsonText; failure?: ReturnType<typeof errorToFailureData> }) => {
    if (!state.closed) pushCommand({ type: 'completeUpdate', updateId, ...outcome });
  };
  if (!entry) {
    finish({ failure: { message: `the workflow has no handler for update '${name}'`, application: { type: 'UpdateHandlerNotFound' } } });
    return;
  }
  const values = parseAll(args);
  rootScope().run(async () => entry.handler(...values)).then(
    (result) => {
      try {
        finish({ result: toJson(result, `the result of update '${name}'`) });
      } catch (err) {
        finish({ failure: errorToFailureData(err) });
      }
    },
    (err) => {
      if (err instanceof RepriseFailure) finish({ failure: errorToFailureData(err) });
      else endWorkflowWith(err); // a bug in the handler: the task fails and is retried, as for the workflow function
    });
}

function metadata() {
  return {
    signals: [...state.handlers.signal.keys()], queries: [...state.handlers.query.keys()],
    updates: [...state.handlers.update.keys()], blockedConditions: state.conditions.size,
    bufferedSignals: state.bufferedSignals.map((s) => s.name),
  };
}

/** @internal Answers a query (or validates an update) synchronously from the current state. */
export function answer(kind: 'query' | 'validateUpdate', name: string, args: JsonText[]): QueryResultData {
  const values = parseAll(args);
  try {
    if (kind === 'validateUpdate') {
      const entry = state.handlers.update.get(name);
      if (!entry) {
        const known = [...state.handlers.update.keys()].join(', ') || 'none';
        throw new Error(`the workflow has no handler for update '${name}' (it has: ${known})`);
      }
      const out = entry.validator?.(...values) as unknown;
      if (out && typeof (out as { then?: unknown }).then === 'function') throw new Error('an update validator must be synchronous');
      return { ok: true, result: null };
    }
    if (name === METADATA_QUERY) return { ok: true, result: toJson(metadata(), 'the workflow metadata') };
    const handler = state.handlers.query.get(name);
    if (!handler) {
      const known = [...state.handlers.query.keys()].join(', ') || 'none';
      throw new Error(`the workflow has no handler for query '${name}' (it has: ${known})`);
    }
    const result = handler(...values);
    if (result && typeof (result as { then?: unknown }).then === 'function') {
      throw new Error(`query handler '${name}' returned a promise: query handlers must be synchronous`);
    }
    return { ok: true, result: toJson(result, `the answer to query '${name}'`) };
  } catch (err) {
    return { ok: false, failure: errorToFailureData(err) };
  }
}

function blockOn(fn: () => boolean): Promise<void> {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const blocked = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const seq = ++state.seq.condition;
  const cancelled = bindToScope((err) => {
    if (state.conditions.delete(seq)) reject(err);
  }, blocked);
  if (cancelled) reject(cancelled);
  else state.conditions.set(seq, { fn, resolve });
  return blocked;
}

/**
 * Waits until `fn` returns true (checked whenever workflow code has run: after signals, activity results,
 * timers). With a timeout, resolves true when `fn` turned true and false when the timeout (a durable timer)
 * fired first.
 */
export function condition(fn: () => boolean): Promise<void>;
export function condition(fn: () => boolean, timeout: Duration): Promise<boolean>;
export async function condition(fn: () => boolean, timeout?: Duration): Promise<void | boolean> {
  assertInWorkflow('condition');
  if (typeof fn !== 'function') throw new TypeError('condition: pass a function that returns true when the wait is over');
  if (timeout === undefined) return blockOn(fn);
  durationMs(timeout, 'condition timeout');
  return CancellationScope.cancellable(async () => {
    try {
      const fired = startTimer(timeout, 'condition').fired.then(() => false);
      const met = blockOn(fn).then(() => true);
      // The loser is rejected by the cancel below; nobody awaits it.
      fired.catch(() => undefined);
      met.catch(() => undefined);
      return await Promise.race([fired, met]);
    } finally {
      CancellationScope.current().cancel('condition settled'); // drops the timer or the condition left waiting
    }
  });
}

/** @internal Resolves every blocked condition whose function is now true; false when none was. */
export function unblockConditions(): boolean {
  let any = false;
  for (const [seq, c] of state.conditions) {
    if (c.fn()) {
      state.conditions.delete(seq);
      c.resolve();
      any = true;
    }
  }
  return any;
}
