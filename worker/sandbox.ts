import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Activation, ActivationResult } from '../sdk/common/activation.js';
import type { RealmIo, RealmRun, RunApi } from '../sdk/workflow/internal/realm.js';
import type { WorkflowBundle } from './bundler.js';
import { resetScope, ScopeStorage } from './scope-storage.js';

const BUNDLE_FILENAME = 'workflows-bundle.js';

/** Promise.prototype of every sandbox realm made in this thread. */
const sandboxPromiseProtos = new WeakSet<object>();
let watchingRejections = false;

/**
 * A promise of workflow code that rejects with nobody listening (a cancelled timer in a Promise.race, a branch the
 * code dropped) must not take the process down, which is what Node does with unhandled rejections. One listener
 * drops those of sandbox realms; any other rejection is thrown as Node would, unless the process has listeners of
 * its own.
 */
function watchSandboxRejections(): void {
  if (watchingRejections) return;
  watchingRejections = true;
  process.on('unhandledRejection', (reason, promise) => {
    if (sandboxPromiseProtos.has(Object.getPrototypeOf(promise) as object)) return;
    if (process.listenerCount('unhandledRejection') > 1) return;
    throw reason;
  });
}
/** The SDK's own files (built, and their TypeScript sources): stack frames in them are not the user's code. */
const here = dirname(fileURLToPath(import.meta.url));
const SDK_DIRS = [resolve(here, '..', 'sdk') + '/', resolve(here, '..', '..', 'sdk') + '/'];

/**
 * Where a thread that runs sandboxes without per-call timeouts says that workflow code is running: [0] counts the
 * calls into a sandbox, [1] is 1 while one runs, [2] is the tag of the sandbox running (the task it serves). The
 * thread's owner reads it to stop code that never yields.
 */
let busy: Int32Array | undefined;
export function reportSandboxCalls(to: Int32Array): void {
  busy = to;
}

/**
 * The owner's side of reportSandboxCalls: looked at from time to time, it says whether the call running now has
 * run past `deadlineMs` (code that never yields), and how long ago a call last started.
 */
export class SandboxCallWatch {
  private seen: number;
  private since = performance.now();

  constructor(private readonly calls: Int32Array, private readonly deadlineMs: number) {
    this.seen = Atomics.load(calls, 0);
  }

  look(): { overdue: boolean; sinceLastCallMs: number } {
    const count = Atomics.load(this.calls, 0);
    if (count !== this.seen) {
      this.seen = count;
      this.since = performance.now();
    }
    const sinceLastCallMs = performance.now() - this.since;
    return { overdue: Atomics.load(this.calls, 1) === 1 && sinceLastCallMs > this.deadlineMs, sinceLastCallMs };
  }
}

function run<T>(script: vm.Script, context: vm.Context, timeout: number | undefined, tag: number): T {
  if (timeout !== undefined) return script.runInContext(context, { timeout }) as T;
  if (!busy) return script.runInContext(context) as T;
  Atomics.store(busy, 2, tag);
  Atomics.add(busy, 0, 1);
  Atomics.store(busy, 1, 1);
  try {
    return script.runInContext(context) as T;
  } finally {
    Atomics.store(busy, 1, 0);
  }
}

/**
 * A copy, made of this realm's objects, of what the sandbox hands out (an activation's commands, built by the
 * SDK as plain data: objects, arrays, strings, numbers, booleans). Only own enumerable properties are read, so
 * nothing reaches the sandbox realm's prototypes, which workflow code may have changed; undefined, functions and
 * symbols are left out and numbers that are not finite become null, as JSON would. Cheaper than the JSON text it
 * replaces. `leave`: keys not to copy, of the object given or of each object in the array given.
 */
function copyOut(value: unknown, leave?: ReadonlySet<string>): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value === null) return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(copyOut(Object.hasOwn(value, i) ? value[i] : undefined, leave) ?? null);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (leave?.has(key)) continue;
    const v = copyOut((value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * What a command holds that replay does not read: the commands of a replayed task are matched against the
 * events history recorded for them by their type and identity (activity type and ID, timer ID, patch ID, ...),
 * and history holds their payloads already. Their copies leave these out.
 */
const PAYLOAD_KEYS: ReadonlySet<string> = new Set(['args', 'options', 'result']);
const COMMANDS: ReadonlySet<string> = new Set(['commands']);

/** An activation's outcome, copied out of the sandbox; while replaying, its commands without their payloads. */
function copyResult(result: ActivationResult, replaying: boolean): ActivationResult {
  if (!replaying) return copyOut(result) as ActivationResult;
  const out = copyOut(result, COMMANDS) as ActivationResult;
  out.commands = copyOut(Object.hasOwn(result, 'commands') ? result.commands : [], PAYLOAD_KEYS) as ActivationResult['commands'];
  return out;
}

/**
 * Globals the bundle's function does not take into variables: values that are not objects (and `undefined` is no
 * name to declare), `eval` (a variable would make direct eval indirect), `globalThis` (read to take the others),
 * and the realm's door.
 */
const UNCAPTURED = new Set(['undefined', 'NaN', 'Infinity', 'eval', 'globalThis', '__reprise_realm']);

/**
 * The realm's door as a lexical binding of the context's global scope. A script finds such a binding in the
 * context's script scope, not on its global object, so a call does not go through the global object's
 * interceptors (about a third of the cost of a call into the realm, measured here).
 */
const DOOR = new vm.Script('const __reprise_call = __reprise_realm.call;', { filename: 'reprise-door' });
const CALL = new vm.Script('__reprise_call()', { filename: 'reprise-call' });

type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';
type Log = (level: LogLevel, args: unknown[]) => void;

/**
 * Workflow code compiled once. Its runs share one vm context (a `Realm`): the bundle is a function evaluated
 * afresh for each run, so every run has its own modules and state while the context's built-ins, frozen, are
 * shared (sdk/workflow/internal/realm.ts says how runs are kept apart). The context has only JavaScript's
 * built-ins, deterministic Date, Math.random, crypto and setTimeout, and a console that stays quiet while
 * replaying.
 */
export class WorkflowCode {
  readonly workflowTypes: string[];
  private readonly realmScript: vm.Script;
  private factory: vm.Script | undefined;
  private realm: Realm | undefined;
  private traceMap: TraceMap | null | undefined;

  constructor(private readonly bundle: WorkflowBundle) {
    this.realmScript = new vm.Script(bundle.realm, { filename: 'reprise-realm.js' });
    const probe = this.newSandbox(5_000, () => undefined);
    this.workflowTypes = JSON.parse(probe.call('workflowTypes') as string) as string[];
  }

  /**
   * The first frame of a stack (from code in the sandbox) that lies in the user's workflow source, as
   * "path:line:column" relative to the working directory, mapped through the bundle's source map.
   */
  sourceLocation(stack: string): string | undefined {
    if (this.traceMap === undefined) {
      const m = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(this.bundle.code);
      this.traceMap = m ? new TraceMap(Buffer.from(m[1]!, 'base64').toString('utf8')) : null;
    }
    if (!this.traceMap) return undefined;
    for (const frame of stack.matchAll(/workflows-bundle\.js:(\d+):(\d+)/g)) {
      const pos = originalPositionFor(this.traceMap, { line: Number(frame[1]), column: Number(frame[2]) - 1 });
      if (!pos.source) continue;
      const file = isAbsolute(pos.source) ? pos.source : resolve(this.bundle.sourceRoot, pos.source);
      if (SDK_DIRS.some((d) => file.startsWith(d)) || file.includes('/node_modules/reprise/')) continue;
      return `${relative(process.cwd(), file) || file}:${pos.line}:${pos.column + 1}`;
    }
    return undefined;
  }

  /**
   * The function that evaluates the bundle for a run. A vm context's global object answers every lookup of a
   * global through the context's interceptors (some 120 ns each, against about 1 ns for a variable), and the SDK
   * and workflow code look up built-ins (Promise, Object, JSON, ...) on every step; so the function takes the
   * context's `globals` (frozen and read-only on the global object, see realm.ts: the same values a lookup would
   * find) into variables of its own scope once per run, and the bundle runs in a function inside it, where its
   * own declarations may shadow them. Compiled once, for the globals of the first realm (every realm of this
   * code has the same).
   */
  private factoryOf(globals: string[]): vm.Script {
    // On the bundle's first line, so that its lines keep the numbers its source map gives them.
    this.factory ??= new vm.Script(`(function (__reprise_host) {const {${globals.join(', ')}} = globalThis; ` +
      `return (function () {${this.bundle.code}\nreturn __reprise_bundle.api;\n})();})`, { filename: BUNDLE_FILENAME });
    return this.factory;
  }

  /**
   * A new run of the workflow code: its modules evaluated in the shared context. `deadlineMs` bounds each call
   * into it with a vm timeout; undefined leaves the bound to the caller (the worker thread's watchdog, see
   * reportSandboxCalls). A context whose code was cut short is not used again.
   */
  newSandbox(deadlineMs: number | undefined, log: Log, tag = 0): WorkflowSandbox {
    if (!this.realm || this.realm.broken) this.realm = new Realm(this.realmScript, (globals) => this.factoryOf(globals));
    return new WorkflowSandbox(this.realm, deadlineMs, log, tag);
  }
}

/** The vm context the runs of a WorkflowCode share, and the door into it (realm.ts is its inside). */
class Realm {
  private readonly context: vm.Context;
  private readonly io: RealmIo;
  /** The input of the call being made, until the realm takes it (see RealmIo.connect). */
  private input: unknown;
  /** The sandbox whose code runs now: console lines are its. */
  private active: WorkflowSandbox | undefined;
  /**
   * A call was cut short (a vm timeout): reactions of the run it interrupted may still be queued in the context
   * and would run in the next call, as another run. Nothing more runs here.
   */
  broken = false;

  constructor(realmScript: vm.Script, factoryOf: (globals: string[]) => vm.Script) {
    const console = Object.fromEntries((['log', 'info', 'warn', 'error', 'debug'] as const)
      .map((level) => [level, (...args: unknown[]) => this.active?.log(level, args)]));
    this.context = vm.createContext({ console }, {
      codeGeneration: { strings: false, wasm: false },
      microtaskMode: 'afterEvaluate',
    });
    watchSandboxRejections();
    sandboxPromiseProtos.add((vm.runInContext('Promise.prototype', this.context) as object));
    realmScript.runInContext(this.context);
    DOOR.runInContext(this.context);
    this.io = (vm.runInContext('__reprise_realm', this.context) as { io: RealmIo }).io;
    this.io.connect(() => {
      const input = this.input;
      this.input = undefined;
      return input;
    });
    const globals = (vm.runInContext('Object.getOwnPropertyNames(globalThis)', this.context) as string[])
      .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !UNCAPTURED.has(name));
    this.io.factory = factoryOf(globals).runInContext(this.context) as RealmIo['factory'];
    // The storage carries cancellation scopes across awaits (one slot for the thread, see scope-storage.ts).
    this.io.host = { AsyncLocalStorage: ScopeStorage };
  }

  /**
   * Calls `method` of a run (or makes one: 'new'), under the sandbox's deadline; the context's microtasks drain
   * before it returns. A call that throws may leave reactions queued: they are drained at once, still as that
   * run, and a context where even that fails is broken.
   */
  call(sandbox: WorkflowSandbox, target: RealmRun | undefined, method: string, input?: unknown): unknown {
    if (this.broken) throw new Error('this workflow sandbox was discarded after workflow code was cut short');
    const previous = this.active;
    this.active = sandbox;
    try {
      return this.enter(sandbox, target, method, input);
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') this.broken = true;
      else {
        try {
          this.enter(sandbox, target, 'drain');
        } catch {
          this.broken = true;
        }
      }
      throw err;
    } finally {
      this.active = previous;
    }
  }

  private enter(sandbox: WorkflowSandbox, target: RealmRun | undefined, method: string, input?: unknown): unknown {
    this.io.run = target;
    this.io.method = method;
    this.input = input;
    try {
      return run(CALL, this.context, sandbox.deadlineMs, sandbox.tag);
    } finally {
      this.input = undefined; // taken by the call, or left by one that never got that far: not the next call's
    }
  }
}

/** One run of the workflow code. */
export class WorkflowSandbox {
  private readonly run: RealmRun;

  /** @param tag who is running code in it (see reportSandboxCalls); the owner changes it as tasks come. */
  constructor(private readonly realm: Realm, readonly deadlineMs: number | undefined, readonly log: Log, public tag = 0) {
    this.run = realm.call(this, undefined, 'new') as RealmRun;
  }

  /** Calls a method of the run's RunApi (realm.ts). */
  call(method: Exclude<keyof RunApi, 'globals' | 'blocked'>, input?: unknown): unknown {
    return this.realm.call(this, this.run, method, input);
  }

  /**
   * Runs one activation: applies its jobs, lets workflow code run until every coroutine is blocked (the
   * context's microtasks drain at the end of the call, within the deadline), and returns the new commands.
   */
  activate(activation: Activation): ActivationResult {
    const api = this.run.api!;
    try {
      this.call('activate', activation);
      // condition() functions are checked once the code is blocked; each one that holds lets more code run.
      while (api.blocked > 0 && this.call('unblock') === true) { /* run until nothing changes */ }
    } finally {
      resetScope();
    }
    // Collecting runs only the SDK's own code and no microtask is left, so it is called directly: no script, no
    // deadline (a vm timeout starts a watchdog per call).
    return copyResult(api.collect(), activation.replaying);
  }
}
