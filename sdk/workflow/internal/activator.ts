/**
 * The entry of workflow code in the sandbox. The worker bundles the user's workflows module with this file and
 * evaluates the bundle once per run (see realm.ts); `install` returns the run's API, through which the worker
 * feeds activations and collects commands, and through which the shared globals (Date, Math.random, crypto,
 * setTimeout) reach this run's state. Runs inside the sandbox only.
 */
import type { Activation, ActivationJob, ActivationResult, JsonText, WorkflowInfoData } from '../../common/activation.js';
import { errorToFailureData, failureDataToError } from '../../common/failure.js';
import { pushCommand, state } from './state.js';
import { cancelTimer, startTimer, workflowClearTimeout, workflowSetTimeout } from './timers.js';
import type { RunApi, RunGlobals, RunHost } from './realm.js';
import { installCancellation, rootScope } from './cancellation.js';
import { answer, deliverSignal, runUpdate, unblockConditions } from './messages.js';
import { completeWorkflow, endWorkflowWith } from './outcome.js';

type WorkflowFn = (...args: unknown[]) => unknown;

function parse(text: JsonText): unknown {
  return text === null ? undefined : JSON.parse(text);
}

/** A small seeded PRNG (sfc32) so Math.random() replays the same numbers for a run. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  const mix = () => {
    for (let i = 0; i < seed.length; i++) {
      h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = mix(), b = mix(), c = mix(), d = mix();
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** A version 4 UUID from the run's seeded random numbers: the same on every replay. */
export function seededUuid4(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(state.random() * 256);
  return out;
}

/**
 * A copy, made of this realm's objects, of the data the worker hands in (plain objects, arrays and primitives):
 * the worker's objects stay out of reach of workflow code, whose prototypes and constructors are this realm's.
 * Cheaper than the JSON text it replaces (an activation is a few dozen values).
 */
function copyActivation(a: Activation): Activation {
  const i = a.info;
  // Every field named (the mapped type makes a new field of WorkflowInfoData fail to compile until it is copied).
  const info: { [K in keyof Required<WorkflowInfoData>]: WorkflowInfoData[K] } = {
    workflowId: i.workflowId, runId: i.runId, workflowType: i.workflowType, taskQueue: i.taskQueue, attempt: i.attempt,
    historyLength: i.historyLength, startTimeMs: i.startTimeMs, continueAsNewSuggested: i.continueAsNewSuggested,
    firstRunId: i.firstRunId, originalRunId: i.originalRunId, continuedFromRunId: i.continuedFromRunId,
    parent: i.parent && { workflowId: i.parent.workflowId, runId: i.parent.runId },
  };
  const jobs: ActivationJob[] = [];
  for (let k = 0; k < a.jobs.length; k++) jobs.push(copyIn(a.jobs[k]) as ActivationJob);
  return { timeMs: a.timeMs, replaying: a.replaying, captureStacks: a.captureStacks, info, jobs };
}

/** copyActivation's copy of any plain data (a job: its failures nest). */
function copyIn(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyIn(value[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyIn((value as Record<string, unknown>)[key]);
  return out;
}

function workflowTypes(workflows: Record<string, unknown>): string[] {
  return Object.keys(workflows).filter((k) => typeof workflows[k] === 'function').sort();
}

function start(workflows: Record<string, unknown>, args: JsonText[]): void {
  const info = state.info!;
  const fn = workflows[info.workflowType] as WorkflowFn | undefined;
  if (typeof fn !== 'function') {
    state.taskFailure = { message: `workflow type '${info.workflowType}' is not exported by this worker's workflows ` +
      `(exported: ${workflowTypes(workflows).join(', ') || 'none'})`, application: { type: 'UnknownWorkflowType' } };
    return;
  }
  Promise.resolve()
    .then(() => rootScope().run(async () => fn(...args.map(parse))))
    .then(completeWorkflow, endWorkflowWith)
    .catch((err) => {
      state.taskFailure = errorToFailureData(err);
    });
}

function resolvePending(key: string, settle: (p: { resolve(v: unknown): void; reject(e: unknown): void }) => void): void {
  const p = state.pending.get(key);
  if (!p && state.cancelled.delete(key)) return; // the code cancelled it and moved on
  if (!p) throw new Error(`no pending ${key.replace(':', ' with seq ')}: history and workflow code disagree`);
  state.pending.delete(key);
  settle(p);
}

/** The globals of realm.ts, for this run: the workflow task's time, the run's seeded randomness, durable timers. */
const runGlobals: RunGlobals = {
  now: () => state.now,
  random: () => state.random(),
  randomUUID: seededUuid4,
  getRandomValues<T extends ArrayBufferView | null>(array: T): T {
    if (!array) return array;
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    bytes.set(randomBytes(bytes.length));
    return array;
  },
  setTimeout: workflowSetTimeout,
  clearTimeout: workflowClearTimeout,
};

export function install(workflows: Record<string, unknown>, host: RunHost): RunApi {
  installCancellation(host.AsyncLocalStorage as never, (ms) => {
    const { seq, fired } = startTimer(ms, 'CancellationScope.withTimeout');
    return { fired, cancel: () => void cancelTimer(seq) };
  });
  return {
    globals: runGlobals,
    get blocked(): number {
      return state.conditions.size;
    },
    workflowTypes: () => JSON.stringify(workflowTypes(workflows)),
    activate(handed: unknown): void {
      const activation = copyActivation(handed as Activation);
      state.now = activation.timeMs;
      if (!state.info) state.random = seededRandom(activation.info.originalRunId || activation.info.runId);
      state.info = activation.info;
      state.replaying = activation.replaying;
      state.captureStacks = activation.captureStacks === true;
      for (const job of activation.jobs) {
        switch (job.type) {
          case 'start':
            start(workflows, job.args);
            break;
          case 'resolveActivity':
            resolvePending(`activity:${job.seq}`, (p) => p.resolve(parse(job.result)));
            break;
          case 'rejectActivity':
            resolvePending(`activity:${job.seq}`, (p) => p.reject(failureDataToError(job.failure)));
            break;
          case 'resolveLocalActivity':
            resolvePending(`local:${job.seq}`, (p) => p.resolve({ value: parse(job.result) }));
            break;
          case 'backoffLocalActivity':
            resolvePending(`local:${job.seq}`, (p) => p.resolve({ backoff: job }));
            break;
          case 'rejectLocalActivity':
            resolvePending(`local:${job.seq}`, (p) => p.reject(failureDataToError(job.failure)));
            break;
          case 'fireTimer':
            if (!state.cancelledTimers.delete(job.seq)) resolvePending(`timer:${job.seq}`, (p) => p.resolve(undefined));
            break;
          case 'notifyPatch':
            state.patches.known.add(job.patchId);
            break;
          case 'signal':
            deliverSignal(job.name, job.args);
            break;
          case 'cancelWorkflow':
            state.cancelRequested = true;
            rootScope().cancel(job.reason);
            break;
          case 'update':
            runUpdate(job.id, job.name, job.args);
            break;
          case 'query':
          case 'validateUpdate':
            state.queryResult = answer(job.type, job.name, job.args);
            break;
          case 'resolveChildStart':
            resolvePending(`childStart:${job.seq}`, (p) => p.resolve(job.runId));
            break;
          case 'rejectChildStart':
            state.pending.delete(`child:${job.seq}`);
            resolvePending(`childStart:${job.seq}`, (p) => p.reject(failureDataToError(job.failure)));
            break;
          case 'resolveChild':
            resolvePending(`child:${job.seq}`, (p) => p.resolve(parse(job.result)));
            break;
          case 'rejectChild':
            resolvePending(`child:${job.seq}`, (p) => p.reject(failureDataToError(job.failure)));
            break;
          case 'resolveExternal':
            resolvePending(`${job.kind}:${job.seq}`, (p) => (job.failure ? p.reject(failureDataToError(job.failure)) : p.resolve(undefined)));
            break;
        }
      }
    },
    /** Called after each drain of microtasks: resolves the conditions that now hold (true when any did). */
    unblock(): boolean {
      return unblockConditions();
    },
    /** Called after the microtasks of `activate` ran: the workflow is blocked, its new commands are final. */
    collect(): ActivationResult {
      const result: ActivationResult = { commands: state.commands, taskFailure: state.taskFailure, queryResult: state.queryResult };
      state.commands = [];
      state.taskFailure = undefined;
      state.queryResult = undefined;
      return result;
    },
  };
}

export { toJson } from './outcome.js';
