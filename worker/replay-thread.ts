/**
 * The thread a Replayer replays on (see replayer.ts). Workflow code runs here without a vm timeout per call
 * (which starts a watchdog thread for every call): the Replayer, blocked on the answer, watches the calls through
 * shared memory and terminates this thread when one outlives the deadline, as the worker does with its
 * workflow thread.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { WorkflowBundle } from './bundler.js';
import { DeterminismViolationError } from './errors.js';
import { reportSandboxCalls, WorkflowCode } from './sandbox.js';
import { decodeHistory } from './thread-history.js';
import { replayToCurrentTask } from './workflow-executor.js';

/** What the Replayer sends: one history, its events length-delimited in a buffer handed over. */
export interface ReplayRequest {
  workflowId: string;
  runId: string;
  workflowType: string;
  history: Uint8Array;
}

/** The answer: clean, a divergence (the error's fields), or another failure. */
export type ReplayAnswer =
  | { ok: true }
  | { ok: false; divergence: ConstructorParameters<typeof DeterminismViolationError>[0] }
  | { ok: false; cause: string; message: string };

export interface ReplayThreadData {
  bundle: WorkflowBundle;
  deadlineMs: number;
  /** [0] calls into a sandbox, [1] 1 while one runs (see reportSandboxCalls); [2] the sandbox's tag. */
  calls: Int32Array;
  /** [0] the number of answers posted, raised (and notified) after each. */
  answered: Int32Array;
  port: MessagePort;
}

const { bundle, deadlineMs, calls, answered, port } = workerData as ReplayThreadData;
reportSandboxCalls(calls);
const code = new WorkflowCode(bundle);

function replay(req: ReplayRequest): ReplayAnswer {
  const history = decodeHistory(req.history);
  const outcome = replayToCurrentTask(code, { workflowId: req.workflowId, runId: req.runId, workflowType: req.workflowType,
    history, attempt: 1 }, { deadlineMs, replayOnly: true, callDeadlines: false });
  if ('current' in outcome) throw new Error('replayOnly never stops at a current task');
  if (outcome.ok) return { ok: true };
  const err = (outcome as { error?: unknown }).error;
  if (err instanceof DeterminismViolationError) {
    return { ok: false, divergence: { workflowId: err.workflowId, runId: err.runId, workflowType: err.workflowType,
      eventId: err.eventId, historyHolds: err.historyHolds, codeProduced: err.codeProduced, location: err.location } };
  }
  return { ok: false, cause: outcome.cause, message: outcome.failure.message };
}

port.on('message', (req: ReplayRequest) => {
  let answer: ReplayAnswer;
  try {
    answer = replay(req);
  } catch (err) {
    answer = { ok: false, cause: 'WorkflowError', message: (err as Error).message };
  }
  port.postMessage(answer);
  Atomics.add(answered, 0, 1);
  Atomics.notify(answered, 0);
});
parentPort?.postMessage('ready');
