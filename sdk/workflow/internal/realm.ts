/**
 * The shared layer of the worker's one vm context. Runs inside the sandbox, once per context, before any run.
 *
 * Every cached run costs a context of its own when each run gets a fresh one (about 140 KB of a bare V8 context
 * alone). Instead, one context serves every run of a worker: the workflow bundle is a function that the worker
 * calls once per run, so every module (the SDK's state, the user's module variables) is evaluated afresh for each
 * run, and only JavaScript's built-ins are shared. To keep runs from reaching each other through those:
 *
 * - the globals whose behaviour depends on the run (Date, Math.random, crypto, setTimeout, clearTimeout) are
 *   installed here once and forward to the run being called (`current`);
 * - the built-in globals are frozen (their own properties, and objects such as Math and JSON deeply) and read-only
 *   on the global object, so no run can change what another one sees;
 * - globals a run adds (`globalThis.x = ...`) belong to that run: when a call enters another run, they are taken
 *   off the global object into the run's bag and put back when the run is entered again.
 *
 * Prototypes of built-ins (Array.prototype, ...) stay writable, as with Temporal's reusable context: freezing them
 * breaks ordinary assignments such as `error.name = 'MyError'`, and polyfills must load.
 *
 * The worker talks to this layer through `__reprise_realm`: it writes a call into `io`, hands its input over
 * through the function it connected (io.connect), and runs `__reprise_realm.call()` (a script, so the
 * context's microtasks drain before it returns; the script reaches `call` through a lexical binding, see
 * worker/sandbox.ts).
 */

import type { ActivationResult } from '../../common/activation.js';

/** What a run's instance of the SDK answers for the globals that depend on the run. */
export interface RunGlobals {
  now(): number;
  random(): number;
  randomUUID(): string;
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
  setTimeout(fn: unknown, ms?: number, ...args: unknown[]): number;
  clearTimeout(handle: unknown): void;
}

/** One run's instance of the workflow bundle, as its activator publishes it. */
export interface RunApi {
  readonly globals: RunGlobals;
  workflowTypes(): string;
  /**
   * Applies an activation. The worker hands in its own object (no JSON on the way in): the activator copies it
   * into this realm's objects before anything else sees it, so no object of the worker's realm reaches workflow
   * code.
   */
  activate(activation: unknown): void;
  unblock(): boolean;
  /** The activation's outcome: this realm's objects, which the worker copies out (worker/sandbox.ts, copyOut). */
  collect(): ActivationResult;
  /** Blocked condition() calls: while there are some, the worker asks the run to check them after each drain. */
  readonly blocked: number;
}

/** What the worker lends each run's instance (see install in activator.ts). */
export interface RunHost {
  AsyncLocalStorage: unknown;
}

/** A run as this layer knows it: its instance and, while another run is entered, the globals it added. */
export interface RealmRun {
  api?: RunApi;
  bag?: PropertyDescriptorMap;
}

/**
 * How the worker calls in: `method` 'new' makes a run (its instance evaluated); any other is a RunApi method,
 * given the input the worker hands over through the function it connected (`connect`, once, before any workflow
 * code runs: the function stays in this layer's closure, where workflow code cannot replace or watch it).
 */
export interface RealmIo {
  run: RealmRun | undefined;
  method: string;
  connect(take: () => unknown): void;
  /** The workflow bundle: evaluates every module for a new run and returns its RunApi. */
  factory: ((host: RunHost) => RunApi) | undefined;
  host: RunHost | undefined;
}

const g = globalThis as unknown as Record<PropertyKey, unknown>;
const OriginalDate = Date;
const originalRandom = Math.random;
let current: RealmRun | undefined;
/** The run whose added globals are on the global object now. */
let owner: RealmRun | undefined;

/** The run's globals; before its activator has published them (module code at load time), none. */
function globalsOf(): RunGlobals | undefined {
  return current?.api?.globals;
}

/** A global that throws a clear error whether it is called or constructed. */
function forbidden(name: string, why: string): unknown {
  return function unavailable(): never {
    throw new Error(`${name} is not available in workflow code: ${why}`);
  };
}

function noRun(api: string): never {
  throw new Error(`${api} in workflow code must run inside a workflow (it was called while the module loaded)`);
}

class WorkflowDate extends OriginalDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(globalsOf()?.now() ?? OriginalDate.now());
    else super(...(args as [string]));
  }
  static override now(): number {
    return globalsOf()?.now() ?? OriginalDate.now();
  }
}

g.Date = WorkflowDate;
Math.random = () => globalsOf()?.random() ?? originalRandom();
g.crypto = {
  randomUUID: (): string => (globalsOf() ?? noRun('crypto.randomUUID')).randomUUID(),
  getRandomValues: <T extends ArrayBufferView | null>(array: T): T => (globalsOf() ?? noRun('crypto.getRandomValues')).getRandomValues(array),
};
g.setTimeout = (fn: unknown, ms?: number, ...args: unknown[]) => (globalsOf() ?? noRun('setTimeout')).setTimeout(fn, ms, ...args);
g.clearTimeout = (handle: unknown) => (globalsOf() ?? noRun('clearTimeout')).clearTimeout(handle);
g.setInterval = forbidden('setInterval', 'loop with await sleep() instead');
g.setImmediate = forbidden('setImmediate', 'await Promise.resolve() yields to other workflow coroutines');
g.WeakRef = forbidden('WeakRef', 'garbage collection timing would make replays differ');
g.FinalizationRegistry = forbidden('FinalizationRegistry', 'garbage collection timing would make replays differ');

/**
 * Freezes what a run could otherwise change for every run: the object, its own properties' objects (deeply), and
 * functions themselves but not the prototypes they construct (see above). Error keeps `stackTraceLimit`
 * writable, which the SDK raises while it records where a command came from.
 */
function deepFreeze(value: unknown, seen: Set<unknown>): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
  seen.add(value);
  if (typeof value === 'object') {
    for (const key of Reflect.ownKeys(value)) {
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      if (d && 'value' in d) deepFreeze(d.value, seen);
    }
  }
  if (value === Error) {
    for (const key of Reflect.ownKeys(Error)) {
      if (key !== 'stackTraceLimit') Object.defineProperty(Error, key, { writable: false, configurable: false });
    }
    Object.preventExtensions(Error);
    return;
  }
  try {
    Object.freeze(value);
  } catch { /* typed arrays with elements cannot be frozen */ }
}

const pristine = new Set<PropertyKey>();
{
  const seen = new Set<unknown>([globalThis]);
  for (const key of Reflect.ownKeys(globalThis)) {
    const d = Reflect.getOwnPropertyDescriptor(globalThis, key)!;
    pristine.add(key);
    if (!('value' in d)) continue;
    deepFreeze(d.value, seen);
    // The value is given again: a vm context's global object loses it when a descriptor comes without one.
    if (d.configurable) Object.defineProperty(globalThis, key, { value: d.value, writable: false, configurable: false, enumerable: d.enumerable });
  }
}

/**
 * Takes the globals `run` added off the global object, into its bag. The pristine ones cannot be deleted (they
 * are not configurable), so the count of keys tells whether there is anything to take.
 */
function stash(run: RealmRun): void {
  const keys = Reflect.ownKeys(globalThis);
  if (keys.length === baseline) {
    run.bag = undefined;
    return;
  }
  const bag: PropertyDescriptorMap = {};
  for (const key of keys) {
    if (pristine.has(key)) continue;
    const d = Reflect.getOwnPropertyDescriptor(globalThis, key)!;
    if (!d.configurable) continue; // defined for good: it cannot be taken off, and stays for every run
    bag[key as string] = d;
    delete g[key];
  }
  run.bag = bag;
}

function enter(run: RealmRun): void {
  if (owner !== run) {
    if (owner) stash(owner);
    if (run.bag) Object.defineProperties(globalThis, run.bag);
    owner = run;
  }
  current = run;
}

let takeInput: (() => unknown) | undefined;
const io: RealmIo = {
  run: undefined, method: '', factory: undefined, host: undefined,
  connect(take) {
    takeInput ??= take;
  },
};

function call(): unknown {
  const { method } = io;
  const input = takeInput?.();
  const run = io.run ?? {};
  io.run = undefined;
  enter(run);
  if (method === 'new') {
    run.api = io.factory!(io.host!);
    return run;
  }
  if (method === 'drain') return undefined;
  return (run.api as unknown as Record<string, (input?: unknown) => unknown>)[method]!(input);
}

Object.defineProperty(globalThis, '__reprise_realm', {
  value: Object.freeze({ io, call }), writable: false, configurable: false, enumerable: false,
});
pristine.add('__reprise_realm');
const baseline = Reflect.ownKeys(globalThis).length;
