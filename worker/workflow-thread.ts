/**
 * The thread that runs a worker's workflow code. Workflow tasks run here, away from the activities: activity code
 * uses Node's AsyncLocalStorage (Context.current()), which turns on async_hooks promise tracking for its thread,
 * and a sandbox deadline that interrupts workflow code inside a microtask while that tracking is on aborts the
 * whole process (nodejs/node#38503). Here workflow code runs without a vm timeout on each call (which would start
 * a watchdog thread per call): the runner watches the calls through shared memory and terminates this thread when
 * one outlives the deadline.
 *
 * The sticky cache lives here: the replay state (sandbox included) of recently decided runs, least recently used
 * first out, bounded by a count and by this thread's heap.
 */
import { getHeapStatistics } from 'node:v8';
import { format } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkflowBundle } from './bundler.js';
import { reportSandboxCalls, WorkflowCode } from './sandbox.js';
import { decideWorkflowTask, type ExecuteOptions, type LocalActivityOutcome, type RunReplay } from './workflow-executor.js';
import { decodeHistory } from './thread-history.js';
import type { FromThread, ThreadData, ToThread } from './workflow-runner.js';

const port = parentPort!;
const { bundle, deadlineMs, cache: limits, calls } = workerData as ThreadData & { bundle: WorkflowBundle };
const localWaiters = new Map<number, (outcome: LocalActivityOutcome) => void>();
let nextLocal = 1;
/**
 * Messages for the runner gathered in this turn of the event loop, posted as one when it ends: each post wakes the
 * worker's main thread, which costs more than the message, and outcomes of tasks that came close together are
 * ready in one turn, each after its own microtasks.
 */
let outbox: FromThread[] = [];
function post(msg: FromThread): void {
  if (outbox.push(msg) > 1) return;
  setImmediate(() => {
    const messages = outbox;
    outbox = [];
    port.postMessage(messages.length === 1 ? messages[0] : { type: 'batch', messages } satisfies FromThread);
  });
}

let code: WorkflowCode;
try {
  reportSandboxCalls(calls);
  code = new WorkflowCode(bundle);
  port.postMessage({ type: 'ready', workflowTypes: code.workflowTypes } satisfies FromThread);
} catch (err) {
  port.postMessage({ type: 'failed', message: (err as Error).message } satisfies FromThread);
  throw err;
}

/** Runs by run ID, least recently used first (a Map keeps insertion order). */
const cache = new Map<string, RunReplay>();

function keep(runId: string, run: RunReplay): boolean {
  if (limits.maxRuns <= 0) return false;
  cache.set(runId, run);
  while (cache.size > limits.maxRuns) cache.delete(cache.keys().next().value!);
  // The heap holds little but cached runs: over the limit, keep as many as fit at the average size (the
  // evicted ones are freed at the next collection, so evict by estimate rather than until the heap shrinks).
  const used = getHeapStatistics().used_heap_size;
  if (used > limits.maxBytes && cache.size > 1) {
    const fit = Math.max(1, Math.floor((limits.maxBytes * 0.9) / (used / cache.size)));
    while (cache.size > fit) cache.delete(cache.keys().next().value!);
  }
  return cache.has(runId);
}

const options = (id: number, query: Extract<ToThread, { type: 'execute' }>['query']): ExecuteOptions => ({
  deadlineMs, callDeadlines: false, replayOnly: query !== undefined, query, tag: id,
  log: (info, level, args) => post({ type: 'log', level, text: format(...args),
    run: { workflowId: info.workflowId, runId: info.runId, workflowType: info.workflowType } }),
  runLocalActivity: (command, info, budgetMs) => new Promise((resolve) => {
    const localId = nextLocal++;
    localWaiters.set(localId, resolve);
    post({ type: 'localActivity', id: localId, command, info, budgetMs });
  }),
});

async function execute(msg: Extract<ToThread, { type: 'execute' }>): Promise<FromThread> {
  const history = decodeHistory(msg.history);
  const task = { ...msg.task, history };
  const runId = msg.task.runId;
  const partial = Number(history[0]?.eventId ?? 1) > 1;
  const cached = cache.get(runId);
  // A task with the whole history starts over (this worker may have missed tasks another worker decided); a
  // query replays on its own and leaves the cached run as it is.
  if (!msg.query) cache.delete(runId);
  if (cached && partial) cached.sandbox.tag = msg.id;
  // Only new events and no cached run that carries on to them: the runner reads the whole history and asks again.
  const decided = partial
    ? cached && await decideWorkflowTask(code, task, options(msg.id, undefined), cached)
    : await decideWorkflowTask(code, task, options(msg.id, msg.query));
  if (!decided) return { type: 'miss', id: msg.id };
  // The error object stays here (a class does not cross threads); its message and fields are in the failure.
  const { error: _error, ...plain } = decided.outcome as typeof decided.outcome & { error?: Error };
  return { type: 'outcome', id: msg.id, outcome: plain, cached: !!decided.run && keep(runId, decided.run) };
}

port.on('message', (msg: ToThread) => {
  if (msg.type === 'localActivityDone') {
    localWaiters.get(msg.id)?.(msg.outcome);
    localWaiters.delete(msg.id);
    return;
  }
  if (msg.type === 'evict') {
    cache.delete(msg.runId);
    return;
  }
  if (msg.type === 'cacheStats') {
    // Under `node --expose-gc` (the benchmark), collect first so the heap figure is live memory.
    (globalThis as { gc?: () => void }).gc?.();
    post({ type: 'cacheStats', id: msg.id, runs: cache.size, heapUsed: getHeapStatistics().used_heap_size });
    return;
  }
  execute(msg).then(post, (err: Error) => {
    cache.delete(msg.task.runId);
    post({ type: 'outcome', id: msg.id, cached: false, outcome: { ok: false, cause: 'WorkflowError',
      failure: { message: `executing the workflow task failed: ${err.message}`, stack: err.stack } } });
  });
});
