/**
 * The per-run state of workflow code. This module runs inside the sandbox: the worker evaluates the workflow
 * bundle once for each run (see realm.ts), so each run has its own copy of this state; nothing here is shared
 * between runs.
 */
import type { SandboxCommand, WorkflowInfoData } from '../../common/activation.js';
import type { FailureData } from '../../common/failure.js';

export interface Pending {
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

export const state = {
  now: 0,
  info: undefined as WorkflowInfoData | undefined,
  replaying: false,
  captureStacks: false,
  commands: [] as SandboxCommand[],
  pending: new Map<string, Pending>(),
  seq: { activity: 0, timer: 0, localActivity: 0, child: 0, signal: 0, cancel: 0, condition: 0 },
  /** Handlers set with setHandler, by name. */
  handlers: {
    signal: new Map<string, (...args: unknown[]) => unknown>(),
    query: new Map<string, (...args: unknown[]) => unknown>(),
    update: new Map<string, { handler: (...args: unknown[]) => unknown; validator?: (...args: unknown[]) => void }>(),
  },
  /** Signals that arrived before a handler for their name was set, in arrival order. */
  bufferedSignals: [] as { name: string; args: unknown[] }[],
  /** Blocked condition() calls, in the order they were made. */
  conditions: new Map<number, { fn: () => boolean; resolve: () => void }>(),
  /** A cancellation of the workflow was requested: a cancellation that ends it closes it as cancelled. */
  cancelRequested: false,
  queryResult: undefined as import('../../common/activation.js').QueryResultData | undefined,
  /** Activities (`activity:<seq>`, `local:<seq>`) the code cancelled: their later results are ignored. */
  cancelled: new Set<string>(),
  /** Timers cancelled by the code: a TimerFired that raced the cancel is ignored. */
  cancelledTimers: new Set<number>(),
  /** Patches whose markers history holds (seen in replayed tasks) and the ones this run has recorded. */
  patches: { known: new Set<string>(), sent: new Set<string>() },
  taskFailure: undefined as FailureData | undefined,
  closed: false,
  random: () => 0,
};

type CommandBody = SandboxCommand extends infer C ? (C extends unknown ? Omit<C, 'stack'> : never) : never;

/** Adds a command of the current activation, with its stack when the worker asked for stacks. */
export function pushCommand(command: CommandBody): void {
  const c = command as SandboxCommand;
  if (state.captureStacks) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50; // deep enough to get past the SDK's frames to the user's
    c.stack = new Error().stack;
    Error.stackTraceLimit = limit;
  }
  state.commands.push(c);
}

/** Throws unless called from workflow code running in a Reprise worker's sandbox. */
export function assertInWorkflow(api: string): void {
  if (!state.info) {
    throw new Error(`${api}() may only be called from workflow code run by a Reprise worker (not from a client or an activity)`);
  }
}

/**
 * A promise that history settles: registered in state.pending under `key` (`activity:3`, `timer:1`, ...), resolved
 * or rejected by the activation job that carries its outcome. `reject` is also kept for a cancellation.
 */
export function pendingPromise<T>(key: string): { promise: Promise<T>; reject(err: unknown): void } {
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((resolve, rej) => {
    reject = rej;
    state.pending.set(key, { resolve: resolve as (value: unknown) => void, reject: rej });
  });
  return { promise, reject };
}
