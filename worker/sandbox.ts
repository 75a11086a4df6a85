import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Activation, ActivationResult } from '../sdk/common/activation.js';
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

const ACTIVATE = new vm.Script('__reprise.activate(__reprise_input)', { filename: 'reprise-activate' });
const COLLECT = new vm.Script('__reprise.collect()', { filename: 'reprise-collect' });
const UNBLOCK = new vm.Script('__reprise.unblock()', { filename: 'reprise-unblock' });

/**
 * Workflow code compiled once; each run gets a fresh vm context (its own globals, so nothing leaks between
 * runs) with only JavaScript's built-ins, deterministic Date and Math.random, and a console that stays quiet
 * while replaying.
 */
export class WorkflowCode {
  readonly workflowTypes: string[];
  private readonly script: vm.Script;
  private traceMap: TraceMap | null | undefined;

  constructor(private readonly bundle: WorkflowBundle) {
    this.script = new vm.Script(bundle.code, { filename: BUNDLE_FILENAME });
    const probe = this.newSandbox(5_000, () => undefined);
    this.workflowTypes = JSON.parse(probe.evaluate('__reprise.workflowTypes()') as string) as string[];
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
   * A fresh context with the workflow code evaluated in it. `deadlineMs` bounds each call into it with a vm
   * timeout; undefined leaves the bound to the caller (the worker thread's watchdog, see reportSandboxCalls).
   */
  newSandbox(deadlineMs: number | undefined, log: (level: 'log' | 'info' | 'warn' | 'error' | 'debug', args: unknown[]) => void,
    tag = 0): WorkflowSandbox {
    const console = Object.fromEntries((['log', 'info', 'warn', 'error', 'debug'] as const)
      .map((level) => [level, (...args: unknown[]) => log(level, args)]));
    // The storage carries cancellation scopes across awaits; the SDK takes it and removes the global.
    const context = vm.createContext({ console, __reprise_AsyncLocalStorage: ScopeStorage }, {
      codeGeneration: { strings: false, wasm: false },
      microtaskMode: 'afterEvaluate',
    });
    watchSandboxRejections();
    sandboxPromiseProtos.add((vm.runInContext('Promise.prototype', context) as object));
    run(this.script, context, deadlineMs, tag);
    return new WorkflowSandbox(context, deadlineMs, tag);
  }
}

export class WorkflowSandbox {
  /** @param tag who is running code in it (see reportSandboxCalls); the owner changes it as tasks come. */
  constructor(private readonly context: vm.Context, private readonly deadlineMs: number | undefined, public tag = 0) {}

  evaluate(code: string): unknown {
    return run(new vm.Script(code), this.context, this.deadlineMs, this.tag);
  }

  /**
   * Runs one activation: applies its jobs, lets workflow code run until every coroutine is blocked (the
   * context's microtasks drain at the end of the call, within the deadline), and returns the new commands.
   */
  activate(activation: Activation): ActivationResult {
    this.context.__reprise_input = JSON.stringify(activation);
    try {
      run(ACTIVATE, this.context, this.deadlineMs, this.tag);
      // condition() functions are checked once the code is blocked; each one that holds lets more code run.
      // The SDK keeps the count of blocked conditions on the context's global: no call needed when there are none.
      while ((this.context.__reprise_blocked as number | undefined ?? 0) > 0 &&
        run(UNBLOCK, this.context, this.deadlineMs, this.tag) === true) { /* run until nothing changes */ }
    } finally {
      resetScope();
    }
    // Collecting runs only the SDK's own code (the commands are JSON already) and no microtask is left after
    // ACTIVATE drained them, so it needs no deadline: a vm timeout starts a watchdog per call, which costs
    // about as much as a small activation itself.
    return JSON.parse(COLLECT.runInContext(this.context) as string) as ActivationResult;
  }
}
