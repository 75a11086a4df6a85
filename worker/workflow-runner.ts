import { Worker as Thread } from 'node:worker_threads';
import type { v1 } from '../proto/index.js';
import type { WorkflowInfoData } from '../sdk/common/activation.js';
import type { WorkflowBundle } from './bundler.js';
import { SandboxCallWatch } from './sandbox.js';
import { encodeHistory } from './thread-history.js';
import {
  deadlineMessage, type LocalActivityCommand, type LocalActivityOutcome, type QueryInput, type WorkflowTaskInput, type WorkflowTaskOutcome,
} from './workflow-executor.js';

/** The sticky cache's bounds (see workflow-thread.ts). */
export interface CacheLimits {
  /** Runs kept; 0 turns the cache off (every task replays the whole history). */
  maxRuns: number;
  /** The workflow thread's heap beyond which cached runs are evicted. */
  maxBytes: number;
}

export interface ThreadData {
  deadlineMs: number;
  cache: CacheLimits;
  /** See reportSandboxCalls in sandbox.ts. */
  calls: Int32Array;
}

export type ToThread =
  /** `history`: the events, length-delimited, in a buffer of their own (see thread-history.ts). */
  | { type: 'execute'; id: number; task: Omit<WorkflowTaskInput, 'history'>; history: Uint8Array; query?: QueryInput }
  | { type: 'localActivityDone'; id: number; outcome: LocalActivityOutcome }
  | { type: 'evict'; runId: string }
  | { type: 'cacheStats'; id: number };

export type FromThread =
  /** Messages ready in one turn of the thread's event loop, in their order (see workflow-thread.ts). */
  | { type: 'batch'; messages: FromThread[] }
  | { type: 'ready'; workflowTypes: string[] }
  | { type: 'failed'; message: string }
  | { type: 'outcome'; id: number; outcome: WorkflowTaskOutcome; cached: boolean }
  | { type: 'miss'; id: number }
  | { type: 'cacheStats'; id: number; runs: number; heapUsed: number }
  | { type: 'log'; run: WorkflowLogTags; level: string; text: string }
  | { type: 'localActivity'; id: number; command: LocalActivityCommand; info: WorkflowInfoData; budgetMs: number };

/** What a workflow task came to: its outcome and whether the run stays cached, or `miss` (see execute). */
export type Executed = { outcome: WorkflowTaskOutcome; cached: boolean } | 'miss';

/** What a workflow's console line is tagged with. */
export interface WorkflowLogTags {
  workflowId: string;
  runId: string;
  workflowType: string;
}

export interface RunnerHandlers {
  runLocalActivity(command: LocalActivityCommand, info: WorkflowInfoData, budgetMs: number): Promise<LocalActivityOutcome>;
  log(run: WorkflowLogTags, level: string, text: string): void;
}

/**
 * The Node options a thread of ours starts with: the process's own (undefined: inherited), except under
 * `--input-type`, which a thread refuses (it is only for code given with --eval or on stdin, such as
 * `node --input-type=module -e ...`): then none. Not the others less that one: an explicit list must not hold a
 * V8 option such as --expose-gc, which an inherited one may (V8's options hold for the whole process anyway).
 */
export function threadExecArgv(): string[] | undefined {
  return process.execArgv.some((a) => a.startsWith('--input-type')) ? [] : undefined;
}

/**
 * Runs workflow tasks on the workflow thread (workflow-thread.ts): sends each task's history, serves its local
 * activities on this thread (where the activity functions live), watches for workflow code that never yields
 * (terminating the thread, which fails that task with the deadline error), and restarts the thread if it dies.
 */
export class WorkflowRunner {
  private thread!: Thread;
  private nextId = 1;
  private readonly waiting = new Map<number, (result: FromThread) => void>();
  private closed = false;
  private readonly calls = new Int32Array(new SharedArrayBuffer(12));
  private watchdog?: NodeJS.Timeout;
  /** The task whose code the watchdog stopped (its id), until the thread has exited. */
  private stopped = 0;

  private constructor(private readonly bundle: WorkflowBundle, private readonly deadlineMs: number,
    private readonly handlers: RunnerHandlers, private readonly cache: CacheLimits, readonly workflowTypes: string[]) {}

  /** Starts the thread; rejects when the workflow code cannot be loaded. */
  static async start(bundle: WorkflowBundle, deadlineMs: number, handlers: RunnerHandlers,
    cache: CacheLimits = { maxRuns: 0, maxBytes: 0 }): Promise<WorkflowRunner> {
    const runner = new WorkflowRunner(bundle, deadlineMs, handlers, cache, []);
    const types = await runner.spawn();
    (runner as { workflowTypes: string[] }).workflowTypes = types;
    return runner;
  }

  private spawn(): Promise<string[]> {
    Atomics.store(this.calls, 1, 0);
    const thread = new Thread(new URL('./workflow-thread.js', import.meta.url), {
      workerData: { bundle: this.bundle, deadlineMs: this.deadlineMs, cache: this.cache, calls: this.calls } satisfies ThreadData & { bundle: WorkflowBundle },
      execArgv: threadExecArgv(),
    });
    thread.unref(); // a worker that is never shut down does not keep the process alive
    this.thread = thread;
    return new Promise((resolve, reject) => {
      const receive = (msg: FromThread) => {
        switch (msg.type) {
          case 'batch': for (const m of msg.messages) receive(m); break;
          case 'ready': resolve(msg.workflowTypes); break;
          case 'failed': reject(new Error(msg.message)); break;
          case 'outcome':
          case 'miss':
          case 'cacheStats':
            this.waiting.get(msg.id)?.(msg);
            this.waiting.delete(msg.id);
            break;
          case 'log': this.handlers.log(msg.run, msg.level, msg.text); break;
          case 'localActivity':
            void this.handlers.runLocalActivity(msg.command, msg.info, msg.budgetMs).then(
              (outcome) => thread.postMessage({ type: 'localActivityDone', id: msg.id, outcome } satisfies ToThread),
              (err) => thread.postMessage({ type: 'localActivityDone', id: msg.id, outcome: { ok: false, attempts: 1,
                failure: { message: (err as Error).message } } } satisfies ToThread));
            break;
        }
      };
      thread.on('message', receive);
      thread.on('error', (err) => reject(err));
      thread.on('exit', () => {
        if (this.thread !== thread) return;
        const stopped = this.stopped;
        this.stopped = 0;
        for (const [id, done] of this.waiting) {
          done({ type: 'outcome', id, cached: false, outcome: id === stopped
            ? { ok: false, cause: 'Deadline', failure: { message: deadlineMessage(this.deadlineMs) } }
            : { ok: false, cause: 'WorkflowError', failure: { message: 'the workflow thread stopped while the task ran' } } });
        }
        this.waiting.clear();
        this.stopWatching();
        if (!this.closed) void this.spawn().catch(() => undefined);
      });
    });
  }

  /**
   * Looks at the thread's sandbox calls while tasks are in flight: a call that has not returned after the
   * deadline is code that never yields, and only terminating the thread stops it (its cached runs go too).
   */
  private watch(): void {
    if (this.watchdog) return;
    const calls = new SandboxCallWatch(this.calls, this.deadlineMs);
    const every = Math.max(10, Math.min(250, Math.floor(this.deadlineMs / 5)));
    this.watchdog = setInterval(() => {
      if (calls.look().overdue && !this.stopped) {
        this.stopped = Atomics.load(this.calls, 2) || -1;
        void this.thread.terminate();
      }
    }, every);
    this.watchdog.unref();
  }

  private stopWatching(): void {
    clearInterval(this.watchdog);
    this.watchdog = undefined;
  }

  /** Sends a message (`transfer`: the buffers it hands over rather than copies) and waits for its answer. */
  private request(make: (id: number) => ToThread, transfer?: (message: ToThread) => ArrayBuffer[]): Promise<FromThread> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (msg) => {
        if (this.waiting.size <= 1) this.stopWatching();
        resolve(msg);
      });
      this.watch();
      const message = make(id);
      this.thread.postMessage(message, transfer?.(message));
    });
  }

  /**
   * Runs a workflow task. A history that does not begin at event 1 holds only the events after the task this
   * worker decided last for the run: `miss` means the run is no longer cached here (evicted, the thread
   * restarted) and the task must be run again with the whole history. With `query`, replays the history
   * without deciding anything and answers the query (or validates the update) from the state it leaves.
   */
  async execute(task: WorkflowTaskInput, query?: QueryInput): Promise<Executed> {
    const { history, ...rest } = task;
    const msg = await this.request((id) => ({ type: 'execute', id, task: rest, history: encodeHistory(history), query }),
      (m) => (m.type === 'execute' ? [m.history.buffer as ArrayBuffer] : []));
    if (msg.type === 'miss') return 'miss';
    if (msg.type !== 'outcome') throw new Error(`unexpected answer from the workflow thread: ${msg.type}`);
    return { outcome: msg.outcome, cached: msg.cached };
  }

  /** Drops a run from the cache (its next task must bring the whole history). */
  evict(runId: string): void {
    this.thread.postMessage({ type: 'evict', runId } satisfies ToThread);
  }

  /** How many runs the cache holds, and the workflow thread's heap. */
  async cacheStats(): Promise<{ runs: number; heapUsed: number }> {
    const msg = await this.request((id) => ({ type: 'cacheStats', id }));
    return msg.type === 'cacheStats' ? { runs: msg.runs, heapUsed: msg.heapUsed } : { runs: 0, heapUsed: 0 };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopWatching();
    await this.thread.terminate();
  }
}
