/**
 * An activity's completion held for the workflow task it starts on the same stream (runtime/held-completions.ts):
 * saved with that task's completion in one statement, or alone when something else comes first (a write to the
 * run, the stream closing, the hold's time running out, a lost race to another instance), and acknowledged only
 * once it is saved. Driven through a raw stream so that each step happens exactly when the test says.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { eventTypeOf, pb, v1, workflowServiceDefinition } from '../../dist/proto/index.js';
import { call, makeClient } from '../../dist/sdk/internal/grpc.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import { WorkerConnection } from '../../dist/worker/connection.js';
import { createDatabase, eventually, metric, startTestServer, threeStepsWorkload } from '../helpers.js';

let url: string;
/** Holds for a minute: a hold ends by what the test does. */
let a: RunningServer;
/** Another instance on the same database. */
let b: RunningServer;
/** Holds for 300 ms. */
let short: RunningServer;
let wfA: ReturnType<typeof makeClient>;
let wfB: ReturnType<typeof makeClient>;

beforeAll(async () => {
  url = await createDatabase();
  a = await startTestServer(url, { completionHoldMs: 60_000 });
  b = await startTestServer(url, { migrate: false });
  short = await startTestServer(url, { migrate: false, completionHoldMs: 300 });
  wfA = makeClient(workflowServiceDefinition, a.address);
  wfB = makeClient(workflowServiceDefinition, b.address);
});
afterAll(async () => {
  wfA?.close();
  wfB?.close();
  await a?.stop();
  await b?.stop();
  await short?.stop();
});

let runs = 0;

/**
 * A worker's stream that the test drives by hand: the tasks it received, in order. Its completions free no slot
 * (no `release`): with its first two workflow tasks it has none left, and takes another only when the test grants.
 */
function fakeWorker(server: RunningServer, taskQueue: string) {
  const workflowTasks: v1.WorkflowTask[] = [];
  const activityTasks: v1.ActivityTask[] = [];
  const stream = new WorkerConnection(server.address, { namespace: 'default', taskQueue, identity: 'fake' }, {
    onWorkflowTask: (t) => workflowTasks.push(t), onActivityTask: (t) => activityTasks.push(t), onQueryTask: () => undefined,
    freeSlots: () => ({ workflow: 2, activity: 2 }),
  });
  stream.start();
  const nextWorkflowTask = (n: number) => eventually(() => workflowTasks[n], 10_000, `workflow task ${n}`);
  return { stream, workflowTasks, activityTasks, nextWorkflowTask };
}

/**
 * Starts a run on `server` with a fake worker whose first task schedules an activity (`retryPolicy` its own), and
 * waits for the activity to come back eagerly.
 */
async function toActivity(server: RunningServer, retryPolicy?: v1.IRetryPolicy) {
  const workflowId = `held-${++runs}-${Date.now()}`;
  const w = fakeWorker(server, workflowId);
  await call(wfA, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId });
  const first = await w.nextWorkflowTask(0);
  const ack = await w.stream.complete({ completeWorkflowTask: { taskToken: first.taskToken, sticky: true, commands: [
    { scheduleActivityTask: { activityId: '1', activityType: 'a', startToCloseTimeoutMs: 60_000, retryPolicy } }] } });
  expect(ack.code ?? 0).toBe(0);
  const activity = await eventually(() => w.activityTasks[0], 10_000, 'the eager activity');
  return { ...w, workflowId, activity };
}

/**
 * toActivity, then the activity completes, and its completion brings the run's next task, held for.
 */
async function toHold(server: RunningServer) {
  const { activity, ...w } = await toActivity(server);
  const saves = await savesOf(server);
  let acked: v1.IAck | undefined;
  const activityAck = w.stream.complete({ completeActivityTask: { taskToken: activity.taskToken, result: { payloads: [] } } })
    .then((ack) => (acked = ack));
  const task = await w.nextWorkflowTask(1);
  return { ...w, task, activityAck, saves, acked: () => acked };
}

/** Completes a workflow task of the fake worker's, closing the run; the ack. */
const closeWith = (w: { stream: WorkerConnection }, task: v1.WorkflowTask) => w.stream.complete({ completeWorkflowTask: {
  taskToken: task.taskToken, sticky: true, commands: [{ completeWorkflowExecution: { result: { payloads: [] } } }] } });

/** Saves through the server's group commit so far (the sum of the group sizes). */
const savesOf = (server: RunningServer) => metric(server.engine.metrics.registry, 'reprise_db_commit_group_size', {}, 'sum');
const held = (server: RunningServer, outcome: string) =>
  metric(server.engine.metrics.registry, 'reprise_activity_completions_held_total', { outcome });

async function historyOf(workflowId: string): Promise<string[]> {
  const res = await call<object, v1.GetWorkflowHistoryResponse>(wfA, 'getWorkflowHistory', { execution: { workflowId } });
  const events = res.events.map((e) => pb.HistoryEvent.create(e));
  expect(events.map((e) => Number(e.eventId))).toEqual(events.map((_, i) => i + 1)); // no gap, no repeat
  return events.map((e) => eventTypeOf(e));
}

const START = ['WorkflowExecutionStarted', 'WorkflowTaskScheduled', 'WorkflowTaskStarted', 'WorkflowTaskCompleted', 'ActivityTaskScheduled'];
const RESULT = ['ActivityTaskStarted', 'ActivityTaskCompleted', 'WorkflowTaskScheduled', 'WorkflowTaskStarted'];

describe('an activity completion held for the workflow task it starts', () => {
  it('is saved with that task\'s completion, in one statement, and acknowledged after it', async () => {
    const merged = await held(a, 'merged');
    const h = await toHold(a);
    try {
      // Nothing of the result is saved yet, and the worker has no ack.
      await new Promise((r) => setTimeout(r, 200));
      expect(h.acked()).toBeUndefined();
      expect(await historyOf(h.workflowId)).toEqual(START);
      // The task's history holds the events not saved yet.
      expect(h.task.history.map((e) => eventTypeOf(pb.HistoryEvent.create(e)))).toEqual(['WorkflowTaskCompleted', 'ActivityTaskScheduled', ...RESULT]);
      const ack = await closeWith(h, h.task);
      expect(ack.code ?? 0).toBe(0);
      expect((await h.activityAck).code ?? 0).toBe(0);
      expect(await savesOf(a) - h.saves).toBe(1);
      expect(await held(a, 'merged') - merged).toBe(1);
      expect(await historyOf(h.workflowId)).toEqual([...START, ...RESULT, 'WorkflowTaskCompleted', 'WorkflowExecutionCompleted']);
    } finally {
      h.stream.close();
    }
  });

  it('is a failure that closes the activity too: held the same way, a retried attempt is not', async () => {
    const merged = await held(a, 'merged');
    const { activity: attempt1, workflowId, ...w } = await toActivity(a, { initialIntervalMs: 50, maximumAttempts: 2 });
    try {
      // A retried attempt schedules no workflow task: nothing to hold, acknowledged at once.
      const retried = await w.stream.complete({ failActivityTask: { taskToken: attempt1.taskToken, failure: { message: 'once' } } });
      expect(retried.code ?? 0).toBe(0);
      expect(w.workflowTasks).toHaveLength(1);
      w.stream.grant(0, 1);
      const attempt2 = await eventually(() => w.activityTasks[1], 10_000, 'the retried attempt');
      const saves = await savesOf(a);
      let acked = false;
      const failed = w.stream.complete({ failActivityTask: { taskToken: attempt2.taskToken, failure: { message: 'twice' } } })
        .then((ack) => { acked = true; return ack; });
      const task = await w.nextWorkflowTask(1);
      await new Promise((r) => setTimeout(r, 200));
      expect(acked).toBe(false);
      expect((await closeWith(w, task)).code ?? 0).toBe(0);
      expect((await failed).code ?? 0).toBe(0);
      expect(await savesOf(a) - saves).toBe(1);
      expect(await held(a, 'merged') - merged).toBe(1);
      expect(await historyOf(workflowId)).toEqual([...START, 'ActivityTaskStarted', 'ActivityTaskFailed', 'WorkflowTaskScheduled',
        'WorkflowTaskStarted', 'WorkflowTaskCompleted', 'WorkflowExecutionCompleted']);
    } finally {
      w.stream.close();
    }
  });

  it('goes with a task completion that needs a transaction (a child started): the held run is copied for each attempt', async () => {
    const merged = await held(a, 'merged');
    const h = await toHold(a);
    try {
      const childId = `${h.workflowId}-child`;
      const ack = await h.stream.complete({ completeWorkflowTask: { taskToken: h.task.taskToken, sticky: true, commands: [
        { startChildWorkflowExecution: { childId: '1', workflowId: childId, workflowType: 'child', taskQueue: `${h.workflowId}-children` } }] } });
      expect(ack.code ?? 0).toBe(0);
      expect((await h.activityAck).code ?? 0).toBe(0);
      expect(await historyOf(h.workflowId)).toEqual([...START, ...RESULT, 'WorkflowTaskCompleted', 'StartChildWorkflowExecutionInitiated',
        'ChildWorkflowExecutionStarted', 'WorkflowTaskScheduled']);
      expect((await historyOf(childId))[0]).toBe('WorkflowExecutionStarted');
      expect(await held(a, 'merged') - merged).toBe(1);
    } finally {
      h.stream.close();
    }
  });

  it('is saved alone first when a signal comes through the same server; the task\'s completion then goes as usual', async () => {
    const alone = await held(a, 'alone');
    const h = await toHold(a);
    try {
      await call(wfA, 'signalWorkflow', { execution: { workflowId: h.workflowId }, signalName: 's' });
      // The result was saved before the signal, and acknowledged without waiting for the task.
      expect((await h.activityAck).code ?? 0).toBe(0);
      expect(await held(a, 'alone') - alone).toBe(1);
      expect(await historyOf(h.workflowId)).toEqual([...START, ...RESULT, 'WorkflowExecutionSignaled']);
      const ack = await h.stream.complete({ completeWorkflowTask: { taskToken: h.task.taskToken, sticky: true, commands: [] } });
      expect(ack.code ?? 0).toBe(0);
      // The signal came after the task started: another task follows.
      expect(await historyOf(h.workflowId)).toEqual([...START, ...RESULT, 'WorkflowExecutionSignaled', 'WorkflowTaskCompleted',
        'WorkflowTaskScheduled']);
    } finally {
      h.stream.close();
    }
  });

  it('is saved alone first when the worker fails the task', async () => {
    const h = await toHold(a);
    try {
      const ack = await h.stream.complete({ failWorkflowTask: { taskToken: h.task.taskToken, failure: { message: 'boom' } } });
      expect(ack.code ?? 0).toBe(0);
      expect((await h.activityAck).code ?? 0).toBe(0);
      expect((await historyOf(h.workflowId)).slice(0, START.length + RESULT.length + 1)).toEqual([...START, ...RESULT, 'WorkflowTaskFailed']);
    } finally {
      h.stream.close();
    }
  });

  it('is saved alone at once when the stream closes', async () => {
    const h = await toHold(a);
    const at = Date.now();
    h.stream.close();
    await eventually(async () => (await historyOf(h.workflowId)).includes('ActivityTaskCompleted'), 10_000, 'the result saved');
    expect(Date.now() - at).toBeLessThan(30_000); // not at the end of the hold, a minute
    expect(await historyOf(h.workflowId)).toEqual([...START, ...RESULT]);
  });

  it('is saved alone when the hold\'s time runs out; the task\'s completion then goes as usual', async () => {
    const h = await toHold(short);
    try {
      expect((await h.activityAck).code ?? 0).toBe(0);
      expect(await historyOf(h.workflowId)).toEqual([...START, ...RESULT]);
      const ack = await closeWith(h, h.task);
      expect(ack.code ?? 0).toBe(0);
      expect(await historyOf(h.workflowId)).toEqual([...START, ...RESULT, 'WorkflowTaskCompleted', 'WorkflowExecutionCompleted']);
    } finally {
      h.stream.close();
    }
  });

  it('loses to a write through another instance: the result is saved again from the database, the task\'s completion is refused', async () => {
    const again = await held(a, 'again');
    const h = await toHold(a);
    try {
      await call(wfB, 'signalWorkflow', { execution: { workflowId: h.workflowId }, signalName: 's' });
      const ack = await closeWith(h, h.task);
      expect(ack.code).toBe(status.NOT_FOUND);
      expect((await h.activityAck).code ?? 0).toBe(0);
      expect(await held(a, 'again') - again).toBe(1);
      // The signal scheduled a task; the result came after it, once, and the run is still running.
      expect(await historyOf(h.workflowId)).toEqual([...START, 'WorkflowExecutionSignaled', 'WorkflowTaskScheduled',
        'ActivityTaskStarted', 'ActivityTaskCompleted']);
      h.stream.grant(1, 0); // the task the signal scheduled
      const next = await h.nextWorkflowTask(2);
      const done = await closeWith(h, next);
      expect(done.code ?? 0).toBe(0);
      expect((await historyOf(h.workflowId)).at(-1)).toBe('WorkflowExecutionCompleted');
    } finally {
      h.stream.close();
    }
  });
});

describe('a server that holds completions', () => {
  it('writes the histories it writes without holding', async () => {
    const merged = (server: RunningServer) => held(server, 'merged');
    const on = await threeStepsWorkload({ completionHoldMs: 60_000 }, merged);
    const off = await threeStepsWorkload({ completionHoldMs: 0 }, merged);
    expect(on.histories).toEqual(off.histories);
    expect(on.read).toBeGreaterThan(0);
    expect(off.read).toBe(0);
  });
});
