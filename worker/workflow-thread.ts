/**
 * The thread that runs a worker's workflow code. Workflow tasks run here, away from the activities: activity code
 * uses Node's AsyncLocalStorage (Context.current()), which turns on async_hooks promise tracking for its thread,
 * and a sandbox deadline that interrupts workflow code inside a microtask while that tracking is on aborts the
 * whole process (nodejs/node#38503). In this thread nothing turns it on, so a busy loop only fails its task.
 */
import { format } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { pb } from '../proto/index.js';
import type { WorkflowBundle } from './bundler.js';
import { WorkflowCode } from './sandbox.js';
import { executeWorkflowTask, type LocalActivityOutcome } from './workflow-executor.js';
import type { ToThread } from './workflow-runner.js';

const port = parentPort!;
const { bundle, deadlineMs } = workerData as { bundle: WorkflowBundle; deadlineMs: number };
const localWaiters = new Map<number, (outcome: LocalActivityOutcome) => void>();
let nextLocal = 1;

let code: WorkflowCode;
try {
  code = new WorkflowCode(bundle);
  port.postMessage({ type: 'ready', workflowTypes: code.workflowTypes });
} catch (err) {
  port.postMessage({ type: 'failed', message: (err as Error).message });
  throw err;
}

port.on('message', (msg: ToThread) => {
  if (msg.type === 'localActivityDone') {
    localWaiters.get(msg.id)?.(msg.outcome);
    localWaiters.delete(msg.id);
    return;
  }
  const history = msg.history.map((bytes) => pb.HistoryEvent.decode(bytes));
  void executeWorkflowTask(code, { ...msg.task, history }, {
    deadlineMs, replayOnly: msg.query !== undefined, query: msg.query,
    log: (info, level, args) => port.postMessage({ type: 'log', level, text: format(...args),
      run: { workflowId: info.workflowId, runId: info.runId, workflowType: info.workflowType } }),
    runLocalActivity: (command, info, budgetMs) => new Promise((resolve) => {
      const id = nextLocal++;
      localWaiters.set(id, resolve);
      port.postMessage({ type: 'localActivity', id, command, info, budgetMs });
    }),
  }).then((outcome) => {
    // The error object stays here (a class does not cross threads); its message and fields are in the failure.
    const { error: _error, ...plain } = outcome as typeof outcome & { error?: Error };
    port.postMessage({ type: 'outcome', id: msg.id, outcome: plain });
  }, (err) => {
    port.postMessage({ type: 'outcome', id: msg.id, outcome: { ok: false, cause: 'WorkflowError',
      failure: { message: `executing the workflow task failed: ${(err as Error).message}`, stack: (err as Error).stack } } });
  });
});
