import { Worker as Thread } from 'node:worker_threads';
import { pb, type v1 } from '../proto/index.js';
import type { WorkflowInfoData } from '../sdk/common/activation.js';
import type { WorkflowBundle } from './bundler.js';
import type { LocalActivityCommand, LocalActivityOutcome, QueryInput, WorkflowTaskInput, WorkflowTaskOutcome } from './workflow-executor.js';

export type ToThread =
  | { type: 'execute'; id: number; task: Omit<WorkflowTaskInput, 'history'>; history: Uint8Array[]; query?: QueryInput }
  | { type: 'localActivityDone'; id: number; outcome: LocalActivityOutcome };

type FromThread =
  | { type: 'ready'; workflowTypes: string[] }
  | { type: 'failed'; message: string }
  | { type: 'outcome'; id: number; outcome: WorkflowTaskOutcome }
  | { type: 'log'; run: WorkflowLogTags; level: string; text: string }
  | { type: 'localActivity'; id: number; command: LocalActivityCommand; info: WorkflowInfoData; budgetMs: number };

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
 * Runs workflow tasks on the workflow thread (workflow-thread.ts): sends each task's history, serves its local
 * activities on this thread (where the activity functions live), and restarts the thread if it ever dies.
 */
export class WorkflowRunner {
  private thread!: Thread;
  private nextId = 1;
  private readonly waiting = new Map<number, (outcome: WorkflowTaskOutcome) => void>();
  private closed = false;

  private constructor(private readonly bundle: WorkflowBundle, private readonly deadlineMs: number,
    private readonly handlers: RunnerHandlers, readonly workflowTypes: string[]) {}

  /** Starts the thread; rejects when the workflow code cannot be loaded. */
  static async start(bundle: WorkflowBundle, deadlineMs: number, handlers: RunnerHandlers): Promise<WorkflowRunner> {
    const runner = new WorkflowRunner(bundle, deadlineMs, handlers, []);
    const types = await runner.spawn();
    (runner as { workflowTypes: string[] }).workflowTypes = types;
    return runner;
  }

  private spawn(): Promise<string[]> {
    const thread = new Thread(new URL('./workflow-thread.js', import.meta.url), {
      workerData: { bundle: this.bundle, deadlineMs: this.deadlineMs },
    });
    thread.unref(); // a worker that is never shut down does not keep the process alive
    this.thread = thread;
    return new Promise((resolve, reject) => {
      thread.on('message', (msg: FromThread) => {
        switch (msg.type) {
          case 'ready': resolve(msg.workflowTypes); break;
          case 'failed': reject(new Error(msg.message)); break;
          case 'outcome':
            this.waiting.get(msg.id)?.(msg.outcome);
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
      });
      thread.on('error', (err) => reject(err));
      thread.on('exit', () => {
        if (this.thread !== thread) return;
        for (const done of this.waiting.values()) {
          done({ ok: false, cause: 'WorkflowError', failure: { message: 'the workflow thread stopped while the task ran' } });
        }
        this.waiting.clear();
        if (!this.closed) void this.spawn().catch(() => undefined);
      });
    });
  }

  /**
   * Runs a workflow task; with `query`, replays the history without deciding anything and answers the query
   * (or validates the update) from the state it leaves.
   */
  execute(task: WorkflowTaskInput, query?: QueryInput): Promise<WorkflowTaskOutcome> {
    const id = this.nextId++;
    const { history, ...rest } = task;
    const bytes = history.map((e) => pb.HistoryEvent.encode(e as v1.HistoryEvent).finish());
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.thread.postMessage({ type: 'execute', id, task: rest, history: bytes, query } satisfies ToThread);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.thread.terminate();
  }
}
