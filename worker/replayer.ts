/**
 * The replayer: runs recorded histories through workflow code, without a server, and reports whether the code
 * still produces the recorded commands. Used by tests (`reprise/testing`) and by `reprise replay` as a CI gate.
 *
 * The code runs on a thread of the Replayer's own (replay-thread.ts) while `replay` waits for the answer, so the
 * API stays synchronous. A vm timeout on each call into the sandbox, which is how a caller's own thread bounds
 * code that never yields, starts a watchdog thread per call: some 68 µs per workflow task, ten times the rest
 * of the replay. Here the waiting caller is the watchdog: it reads the thread's calls from shared memory and
 * terminates the thread when one outlives the deadline (a new thread takes the next history).
 */
import { MessageChannel, receiveMessageOnPort, Worker as Thread, type MessagePort } from 'node:worker_threads';
import { durationMs, type Duration } from '../sdk/common/duration.js';
import { historyFromJSON, type HistoryJSON } from '../sdk/internal/history-json.js';
import { pb, type v1 } from '../proto/index.js';
import { bundleWorkflows, type WorkflowBundle } from './bundler.js';
import { DeterminismViolationError, ReplayError } from './errors.js';
import type { ReplayAnswer, ReplayRequest, ReplayThreadData } from './replay-thread.js';
import { SandboxCallWatch } from './sandbox.js';
import { encodeHistory } from './thread-history.js';
import { deadlineMessage } from './workflow-executor.js';
import { threadExecArgv } from './workflow-runner.js';

export interface ReplayOptions {
  /** The workflows file (.ts or .js) whose code must replay the histories. */
  workflowsPath: string;
  /** Longest time workflow code may run without yielding, per task. @default '5s' */
  workflowTaskDeadline?: Duration;
}

/** A history as `handle.fetchHistory()` returns it, its JSON text, or the wire events. */
export type ReplayableHistory = HistoryJSON | string | v1.IHistoryEvent[] | { events: v1.IHistoryEvent[] };

export interface ReplayResult {
  workflowId: string;
  runId: string;
  workflowType: string;
  /** Number of events replayed. */
  events: number;
  /** Undefined when the history replayed cleanly; a DeterminismViolationError on a divergence; else a ReplayError. */
  error?: DeterminismViolationError | ReplayError;
}

function toEvents(history: ReplayableHistory): v1.IHistoryEvent[] {
  if (typeof history === 'string') return historyFromJSON(history);
  const events = Array.isArray(history) ? history : history?.events;
  if (!Array.isArray(events)) throw new TypeError('history: expected a history JSON object, its text, or an array of events');
  if (events.length > 0 && typeof (events[0] as { eventType?: unknown }).eventType === 'string') {
    return historyFromJSON(history as HistoryJSON);
  }
  return (events as v1.IHistoryEvent[]).map((e) => (e instanceof pb.HistoryEvent ? e : pb.HistoryEvent.fromObject(e)));
}

/** The thread a Replayer replays on, and the shared memory it is watched and answered through. */
interface ReplayThread {
  thread: Thread;
  port: MessagePort;
  calls: Int32Array;
  answered: Int32Array;
}

function startThread(bundle: WorkflowBundle, deadlineMs: number): { started: ReplayThread; ready: Promise<void> } {
  const { port1, port2 } = new MessageChannel();
  const calls = new Int32Array(new SharedArrayBuffer(12));
  const answered = new Int32Array(new SharedArrayBuffer(4));
  const thread = new Thread(new URL('./replay-thread.js', import.meta.url), {
    workerData: { bundle, deadlineMs, calls, answered, port: port2 } satisfies ReplayThreadData, transferList: [port2],
    execArgv: threadExecArgv(),
  });
  thread.unref(); // a Replayer not closed does not keep the process alive
  port1.unref();
  const ready = new Promise<void>((resolve, reject) => {
    thread.once('message', () => resolve());
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`the replay thread exited (code ${code}) before it was ready`)));
  });
  ready.catch(() => undefined); // a thread replaced before it was ready: nobody waits for it
  return { started: { thread, port: port1, calls, answered }, ready };
}

/** The thread of a Replayer dropped without close() is terminated once the Replayer is collected. */
const dropped = new FinalizationRegistry<{ current: ReplayThread | undefined }>((box) => void box.current?.thread.terminate());

/**
 * Workflow code bundled once, replaying any number of histories on a thread of its own; `close()` ends the thread
 * (a Replayer that is dropped has it ended when collected).
 */
export class Replayer {
  /** The thread now (a new one after a deadline), held apart from the Replayer for the finalizer. */
  private readonly box: { current: ReplayThread | undefined };

  private constructor(private readonly bundle: WorkflowBundle, private readonly deadlineMs: number, thread: ReplayThread) {
    this.box = { current: thread };
    dropped.register(this, this.box, this);
  }

  /** Ends the Replayer's thread; replay() may not be called after. */
  async close(): Promise<void> {
    const t = this.box.current;
    this.box.current = undefined;
    dropped.unregister(this);
    if (t) await t.thread.terminate();
  }

  static async create(options: ReplayOptions): Promise<Replayer> {
    if (!options?.workflowsPath) throw new TypeError('replay options: workflowsPath is required');
    const deadlineMs = durationMs(options.workflowTaskDeadline ?? '5s', 'workflowTaskDeadline');
    const bundle = await bundleWorkflows(options.workflowsPath);
    const { started, ready } = startThread(bundle, deadlineMs);
    try {
      await ready;
    } catch (err) {
      void started.thread.terminate();
      throw err;
    }
    return new Replayer(bundle, deadlineMs, started);
  }

  /**
   * Sends one history to the thread and waits for its answer. The thread is replaced, and the answer is a
   * failure, when a call into workflow code runs past the deadline, or when no call starts for `stallMs` (a thread
   * that died: it says nothing a blocked caller could hear, and a live one calls into the sandbox at every task).
   */
  private ask(req: ReplayRequest): ReplayAnswer {
    const t = this.box.current;
    if (!t) throw new Error('Replayer.replay: this Replayer was closed');
    const before = Atomics.load(t.answered, 0);
    t.port.postMessage(req, [req.history.buffer as ArrayBuffer]);
    const calls = new SandboxCallWatch(t.calls, this.deadlineMs);
    const slice = Math.max(1, Math.min(50, this.deadlineMs / 4));
    const stallMs = Math.max(10_000, 10 * this.deadlineMs);
    while (Atomics.load(t.answered, 0) === before) {
      Atomics.wait(t.answered, 0, before, slice);
      if (Atomics.load(t.answered, 0) !== before) break;
      const { overdue, sinceLastCallMs } = calls.look();
      const stalled = Atomics.load(t.calls, 1) === 0 && sinceLastCallMs > stallMs;
      if (overdue || stalled) {
        void t.thread.terminate();
        this.box.current = startThread(this.bundle, this.deadlineMs).started;
        return overdue
          ? { ok: false, cause: 'Deadline', message: deadlineMessage(this.deadlineMs) }
          : { ok: false, cause: 'WorkflowError', message: `the replay thread made no progress for ${Math.round(stallMs / 1000)} s ` +
            '(it stopped); a new one takes the next history' };
      }
    }
    return receiveMessageOnPort(t.port)?.message as ReplayAnswer;
  }

  /** Replays one history; never throws for a bad history (the result's error says what went wrong). */
  replay(history: ReplayableHistory): ReplayResult {
    let events: v1.IHistoryEvent[];
    try {
      events = toEvents(history);
    } catch (err) {
      return { workflowId: '', runId: '', workflowType: '', events: 0, error: new ReplayError((err as Error).message, '', '') };
    }
    const started = events[0]?.workflowExecutionStarted;
    const workflowId = started?.workflowId || '';
    const runId = started?.runId || '';
    const workflowType = started?.workflowType || '';
    const result: ReplayResult = { workflowId, runId, workflowType, events: events.length };
    const answer = this.ask({ workflowId, runId, workflowType, history: encodeHistory(events) });
    if (!answer.ok) {
      result.error = 'divergence' in answer ? new DeterminismViolationError(answer.divergence)
        : new ReplayError(`replaying workflow '${workflowId}' (type ${workflowType || '?'}, run ${runId}) failed ` +
          `(${answer.cause}): ${answer.message}`, workflowId, runId);
    }
    return result;
  }
}

/**
 * Replays one history with the workflows file's code; resolves when it replays cleanly, throws a
 * DeterminismViolationError on a divergence (or a ReplayError when it cannot be replayed at all).
 */
export async function replayHistory(options: ReplayOptions, history: ReplayableHistory): Promise<void> {
  const replayer = await Replayer.create(options);
  try {
    const result = replayer.replay(history);
    if (result.error) throw result.error;
  } finally {
    await replayer.close();
  }
}

/** Replays many histories with one bundle of the code, yielding a result for each (divergences do not stop it). */
export async function* replayHistories(options: ReplayOptions,
  histories: Iterable<ReplayableHistory> | AsyncIterable<ReplayableHistory>): AsyncGenerator<ReplayResult> {
  const replayer = await Replayer.create(options);
  try {
    for await (const history of histories) yield replayer.replay(history);
  } finally {
    await replayer.close(); // also when the caller stops early (break, return)
  }
}
