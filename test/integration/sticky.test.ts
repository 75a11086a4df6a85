/**
 * Sticky execution (invariant 8): a worker keeps runs it decided in memory and gets only their new events; the
 * same workloads give the same results with the cache off. Also: the fallback to the task queue when the sticky
 * worker does not take its task in time or goes away, cache misses, histories that come in pages, and the
 * round trips saved by eager dispatch (activities with the completion, a run's first task with its start).
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Client, type WorkflowHandle } from 'reprise/client';
import { Replayer } from 'reprise/testing';
import { Worker } from 'reprise/worker';
import { v1 } from '../../dist/proto/index.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import { call, makeClient } from '../../dist/sdk/internal/grpc.js';
import { workerServiceDefinition, workflowServiceDefinition } from '../../dist/proto/index.js';
import { WorkerConnection } from '../../dist/worker/connection.js';
import { seededRandom } from '../../dist/sdk/workflow/internal/activator.js';
import * as fixtureActivities from '../fixtures/activities.mjs';
import { metric, ROOT, scratchDir, startTestServer, sumOf, useTestServer } from '../helpers.js';
import { compile, evaluate, programArb } from '../property/program.js';

const { configureActivityLog: _unused, ...activities } = fixtureActivities;
const WORKFLOWS = join(ROOT, 'test', 'fixtures', 'sticky-workflows.ts');
const STICKY_TIMEOUT_MS = 400;
const PAGE = 7;

let server: RunningServer;
let client: Client;
// Plain starts are queued here (eagerStartWhenFree off), so that the tests of claims and sticky queues see a
// run's first task go by its task queue; the default is tested against a server of its own.
useTestServer((s, c) => {
  server = s;
  client = c;
}, [], { stickyScheduleToStartMs: STICKY_TIMEOUT_MS, historyPageSize: PAGE, eagerStartWhenFree: false });

let queues = 0;
const queue = (name: string) => `${name}-${++queues}-${Date.now()}`;

async function startWorker(taskQueue: string, workflowsPath: string, maxCachedWorkflows: number): Promise<{ worker: Worker; stop(): Promise<void> }> {
  const worker = await Worker.create({ address: server.address, taskQueue, workflowsPath, activities, maxCachedWorkflows,
    maxConcurrentWorkflowTasks: 4 });
  const running = worker.run();
  return { worker, stop: async () => { await worker.shutdown(); await running; } };
}

/** Drives a `mixed` run: three signals and an update once it waits for them, a query at the end. */
async function driveMixed(handle: WorkflowHandle): Promise<{ result: unknown; total: unknown }> {
  // Its handlers are set once its first task has run (an update before then finds none).
  await waitFor(() => handle.query('total').then(() => true, () => false));
  await handle.signal('push', 1);
  await handle.signal('push', 2);
  const bumped = await handle.executeUpdate('bump', { args: [5] });
  await handle.signal('push', 3);
  const result = await handle.result();
  return { result: [result, bumped], total: await handle.query('total') };
}

describe('sticky cache', () => {
  it('gives the same results with the cache off (invariant 8), random programs and a run of every kind of job', async () => {
    const programs = fc.sample(programArb, { numRuns: 6, seed: 7 });
    const dir = scratchDir('sticky');
    const programsPath = join(dir, 'programs.ts');
    writeFileSync(programsPath, compile(programs));
    const outcomes: Record<string, unknown[]> = {};
    const fed: Record<string, number> = {};
    for (const cache of [0, 1000]) {
      const q = queue(`cache-${cache}`);
      const programWorker = await startWorker(q, programsPath, cache);
      const mixedQueue = `${q}-mixed`;
      const mixedWorker = await startWorker(mixedQueue, WORKFLOWS, cache);
      try {
        const runs = await Promise.all(programs.map(async (p, i) => {
          const handle = await client.workflow.start(`p${i}`, { taskQueue: q, workflowId: `${q}-p${i}` });
          const outcome = await handle.result() as { acc: string; rands: number[] };
          const expected = evaluate(p, seededRandom(handle.firstExecutionRunId!));
          expect(outcome.acc).toBe(expected.acc);
          expect(outcome.rands).toEqual(expected.rands);
          return outcome.acc;
        }));
        const mixed = await client.workflow.start('mixed', { taskQueue: mixedQueue, workflowId: `${mixedQueue}-m`, args: [4] });
        const driven = await driveMixed(mixed);
        const seq = await client.workflow.execute('sequence', { taskQueue: mixedQueue, workflowId: `${mixedQueue}-s`, args: [12] });
        // The programs' results hang on the run ID (Math.random's seed), so only their evaluation compares.
        expect(runs).toHaveLength(programs.length);
        outcomes[cache] = [driven, seq];
        const hits = await metric(mixedWorker.worker.metrics, 'reprise_worker_sticky_cache_total', { result: 'hit' }) +
          await metric(programWorker.worker.metrics, 'reprise_worker_sticky_cache_total', { result: 'hit' });
        if (cache === 0) expect(hits).toBe(0);
        else expect(hits).toBeGreaterThan(10);
        fed[cache] = await metric(mixedWorker.worker.metrics, 'reprise_worker_replayed_events_total');
        const replayer = await Replayer.create({ workflowsPath: WORKFLOWS });
        for (const id of [`${mixedQueue}-m`, `${mixedQueue}-s`]) {
          expect(replayer.replay(await client.workflow.getHandle(id).fetchHistory()).error).toBeUndefined();
        }
      } finally {
        await programWorker.stop();
        await mixedWorker.stop();
      }
    }
    expect(outcomes[1000]).toEqual(outcomes[0]);
    expect(outcomes[0]).toEqual([{ result: [[[0], [1], [2], [3], [['a'], ['b'], ['c']], true, 8, 506, 0], 503], total: 506 }, 66]);
    // With the cache a task feeds only its new events; without it, every task replays the whole history.
    expect(fed[1000]!).toBeLessThan(fed[0]! / 2);
  }, 120_000);

  it('a run evicted from a full cache replays its whole history, read page by page (a cache miss)', async () => {
    const q = queue('miss');
    const { worker, stop } = await startWorker(q, WORKFLOWS, 1);
    try {
      // Two runs take turns in a cache of one: each task of one evicts the other.
      const results = await Promise.all([0, 1].map((i) =>
        client.workflow.execute('sequence', { taskQueue: q, workflowId: `${q}-${i}`, args: [10] })));
      expect(results).toEqual([45, 45]);
      expect(await metric(worker.metrics, 'reprise_worker_sticky_cache_total', { result: 'miss' })).toBeGreaterThan(0);
      expect((await worker.cacheStats()).runs).toBeLessThanOrEqual(1);
    } finally {
      await stop();
    }
  }, 60_000);

  it('a sticky task that its worker does not take in time goes back to the task queue with the whole history', async () => {
    const q = queue('timeout');
    const workflowId = `${q}-w`;
    const { stream, tasks, setSlots } = rawStream(q, 'sticky-worker');
    const unary = makeClient(workerServiceDefinition, server.address);
    try {
      await client.workflow.start('waitsForSignal', { taskQueue: q, workflowId });
      await waitFor(() => tasks.length === 1);
      expect(Number(tasks[0]!.history[0]!.eventId)).toBe(1);
      const ack = await stream.complete({ completeWorkflowTask: { taskToken: tasks[0]!.taskToken, commands: [], sticky: true } });
      expect(ack.code ?? 0).toBe(0);

      // The next task goes to the stream's sticky queue, with only the new events.
      await client.workflow.getHandle(workflowId).signal('push', 1);
      stream.grant(1, 0);
      await waitFor(() => tasks.length === 2);
      const sticky = tasks[1]!;
      expect(sticky.history.map((e) => Number(e.eventId))).toEqual([4, 5, 6, 7]); // completed, signalled, scheduled, started
      expect(sticky.history[0]!.workflowTaskCompleted).toBeTruthy();
      expect(Number(sticky.startedEventId)).toBe(7);
      await stream.complete({ completeWorkflowTask: { taskToken: sticky.taskToken, commands: [], sticky: true } });

      // No slot granted: the task waits on the sticky queue, then falls back to the task queue.
      setSlots(0);
      await client.workflow.getHandle(workflowId).signal('push', 2);
      const early = await call<object, v1.WorkflowTask>(unary, 'pollWorkflowTask', { taskQueue: q, waitMs: 100 });
      expect(early.taskToken?.length ?? 0).toBe(0);
      const fallback = await call<object, v1.WorkflowTask>(unary, 'pollWorkflowTask', { taskQueue: q, waitMs: STICKY_TIMEOUT_MS * 10, identity: 'other' });
      expect(fallback.taskToken.length).toBeGreaterThan(0);
      // The whole history, in pages: the first page, then GetWorkflowHistory from the token up to the started event.
      expect(Number(fallback.history[0]!.eventId)).toBe(1);
      expect(fallback.history.length).toBe(PAGE);
      expect(Number(fallback.startedEventId)).toBe(11);
      expect(fallback.nextPageToken.length).toBeGreaterThan(0);
      await call(unary, 'completeWorkflowTask', { taskToken: fallback.taskToken, commands: [
        { completeWorkflowExecution: { result: { payloads: [] } } }] });
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      expect(history.events.filter((e) => e.eventType === 'WorkflowTaskStarted').map((e) => e.identity))
        .toEqual(['sticky-worker', 'sticky-worker', 'other']);
    } finally {
      stream.close();
      unary.close();
    }
  }, 30_000);

  it('when a sticky worker goes away, the tasks on its sticky queue go back to the task queue at once', async () => {
    const q = queue('gone');
    const workflowId = `${q}-w`;
    const { stream, tasks, setSlots } = rawStream(q, 'leaving');
    const where = async () => (await server.db.query<{ task_queue: string }>(
      'SELECT task_queue FROM tasks WHERE workflow_id = $1 AND kind = 1', [workflowId])).rows.map((r) => r.task_queue);
    const stickyTimers = async () => Number((await server.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM timers WHERE workflow_id = $1 AND kind = 11', [workflowId])).rows[0]!.n);
    try {
      const handle = await client.workflow.start('waitsForSignal', { taskQueue: q, workflowId });
      await waitFor(() => tasks.length === 1);
      setSlots(0);
      await stream.complete({ completeWorkflowTask: { taskToken: tasks[0]!.taskToken, commands: [], sticky: true } });
      await handle.signal('push', 3);
      expect((await where())[0]).toMatch(/^__sticky\//);
      stream.close();
      // Moved by the stream closing, not by its sticky timer (which is still armed, and will find nothing to do).
      await waitFor(async () => (await where())[0] === q);
      expect(await stickyTimers()).toBe(1);
      const other = await startWorker(q, WORKFLOWS, 1000);
      try {
        expect(await handle.result()).toBe(3);
      } finally {
        await other.stop();
      }
    } finally {
      stream.close();
    }
  }, 30_000);

  it('a long history reaches the worker in pages, for workflow tasks and for queries', async () => {
    const q = queue('pages');
    const { worker, stop } = await startWorker(q, WORKFLOWS, 0);
    try {
      const handle = await client.workflow.start('mixed', { taskQueue: q, workflowId: `${q}-m`, args: [6] });
      const { result, total } = await driveMixed(handle);
      expect(result).toEqual([[[0], [1], [2], [3], [4], [5], [['a'], ['b'], ['c']], true, 12, 506, 0], 503]);
      expect(total).toBe(506);
      expect((await handle.fetchHistory()).events.length).toBeGreaterThan(PAGE * 5);
      expect(await metric(worker.metrics, 'reprise_worker_sticky_cache_total')).toBe(0);
    } finally {
      await stop();
    }
  }, 60_000);

  it('activities start with the completion that schedules them, and the next workflow task with the activity\'s (eager dispatch)', async () => {
    const q = queue('eager');
    const { stop } = await startWorker(q, WORKFLOWS, 1000);
    const registry = server.engine.metrics.registry;
    const attempts = (dispatch: string) => metric(registry, 'reprise_activity_attempts_total', { dispatch });
    const workflowTasks = (dispatch: string) => metric(registry, 'reprise_workflow_tasks_started_total', { dispatch, task_queue: q });
    try {
      const [eager, queued] = [await attempts('eager'), await attempts('queued')];
      expect(await client.workflow.execute('sequence', { taskQueue: q, workflowId: `${q}-s`, args: [8] })).toBe(28);
      expect(await attempts('eager') - eager).toBe(8);
      expect(await attempts('queued') - queued).toBe(0);
      // The first task was queued (a plain start); each of the 8 after an activity came back with its completion.
      const history = await client.workflow.getHandle(`${q}-s`).fetchHistory();
      expect([await workflowTasks('queued'), await workflowTasks('eager_activity'), await workflowTasks('sticky')],
        history.events.map((e) => e.eventType).join(' ')).toEqual([1, 8, 0]);
      // Their history is the one a queued dispatch writes.
      expect(history.events.filter((e) => e.eventType === 'ActivityTaskStarted')).toHaveLength(8);
      expect(history.events.filter((e) => e.eventType === 'ActivityTaskCompleted')).toHaveLength(8);
    } finally {
      await stop();
    }
  }, 30_000);

  it('what is ready at once goes as one message on the worker stream, both ways', async () => {
    const q = queue('batches');
    const { stop } = await startWorker(q, WORKFLOWS, 1000);
    // Messages on the streams that carried more than one (batches), by direction.
    // (Both parts from one reading: a message that comes between two readings would count as a batch.)
    const batches = async (direction: string) => {
      const metrics = await server.engine.metrics.registry.getMetricsAsJSON();
      return sumOf(metrics, 'reprise_worker_stream_batch_size', { direction }, 'count') -
        sumOf(metrics, 'reprise_worker_stream_batch_size', { direction, le: '1' }, 'bucket');
    };
    try {
      const [toWorker, fromWorker] = [await batches('to_worker'), await batches('from_worker')];
      expect(await client.workflow.execute('parallel', { taskQueue: q, workflowId: `${q}-p`, args: [8] })).toBe(8);
      // The completion that schedules the eight comes back as its ack with the activities eager dispatch started;
      // the eight completions, made in one turn of the worker's event loop, go as fewer messages than eight.
      expect(await batches('to_worker') - toWorker).toBeGreaterThan(0);
      expect(await batches('from_worker') - fromWorker).toBeGreaterThan(0);
    } finally {
      await stop();
    }
  }, 30_000);

  it('an idle worker claims a lone workflow task with one transaction and finds its queue empty without one', async () => {
    const q = queue('claims');
    const { stop } = await startWorker(q, WORKFLOWS, 1000); // four workflow slots
    const transactions = () => metric(server.engine.metrics.registry, 'reprise_db_query_seconds', { statement: 'BEGIN' }, 'count');
    try {
      await client.workflow.execute('sequence', { taskQueue: q, workflowId: `${q}-warm`, args: [1] });
      const before = await transactions();
      for (let i = 0; i < 10; i++) {
        expect(await client.workflow.execute('sequence', { taskQueue: q, workflowId: `${q}-${i}`, args: [1] })).toBe(0);
      }
      // Per run: the claim of its first task (the rest of the run goes without a transaction: eager dispatch and
      // optimistic transitions); the queue is then found empty by one statement (queueHasTask), not a claim. A
      // claim that found nothing would make 20, a claim per free slot 50. The slack is for a task that goes by a
      // queue on a loaded machine (no slot free for the eager path at that moment): 12 was seen.
      expect(await transactions() - before).toBeLessThanOrEqual(13);
      // Idle, the session looks at its three empty queues again every 5 s (one statement each), and the timer
      // queue at the earliest fire time: no transaction. (The timer queue's claim made one per 5 s; a look that
      // claimed would make one per queue.)
      const idle = await transactions();
      await new Promise((r) => setTimeout(r, 5_600));
      expect(await transactions() - idle).toBe(0);
    } finally {
      await stop();
    }
  }, 30_000);

  it('a task that came without a wake-up is found by the periodic look at empty queues', async () => {
    const q = queue('unannounced');
    const { stop } = await startWorker(q, WORKFLOWS, 1000);
    try {
      // Idle: the session has found its queues empty and waits for a wake-up.
      await client.workflow.execute('sequence', { taskQueue: q, workflowId: `${q}-warm`, args: [0] });
      // A task moved into its queue behind the runtime's back: nobody announces it.
      const parked = await client.workflow.start('sequence', { taskQueue: `${q}-parking`, workflowId: `${q}-parked`, args: [0] });
      const { rowCount } = await server.db.query('UPDATE tasks SET task_queue = $1 WHERE task_queue = $2', [q, `${q}-parking`]);
      expect(rowCount).toBe(1);
      const t0 = Date.now();
      expect(await parked.result()).toBe(0);
      expect(Date.now() - t0).toBeLessThan(9_000); // the look comes every 5 s
    } finally {
      await stop();
    }
  }, 30_000);

  it('an eager start hands the first workflow task to a worker of this server through a free slot, else queues it', async () => {
    const q = queue('eager-start');
    const { stream, tasks } = rawStream(q, 'eager-worker', ['t']);
    const wf = makeClient(workflowServiceDefinition, server.address);
    const start = (workflowId: string, requestId = workflowId) => call<object, v1.StartWorkflowResponse>(wf, 'startWorkflow',
      { workflowId, requestId, workflowType: 't', taskQueue: q, requestEagerExecution: true });
    const queued = async (workflowId: string) => Number((await server.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM tasks WHERE workflow_id = $1 AND kind = 1', [workflowId])).rows[0]!.n);
    // A slot granted, then a completion's ack: the session has taken the grant (stream messages keep their order).
    const grantOne = async (task: v1.WorkflowTask) => {
      stream.grant(1, 0);
      expect((await stream.complete({ completeWorkflowTask: { taskToken: task.taskToken, commands: [] } })).code ?? 0).toBe(0);
    };
    try {
      // The stream's one slot takes a queued task; it grants another as it completes it.
      await client.workflow.start('t', { taskQueue: q, workflowId: `${q}-0` });
      await waitFor(() => tasks.length === 1);
      await grantOne(tasks[0]!);

      // Eager: started with the run, for this worker, in one transaction; no task row.
      const first = await start(`${q}-1`);
      expect([first.started, first.eagerExecution]).toEqual([true, true]);
      await waitFor(() => tasks.length === 2);
      const task = tasks[1]!;
      expect(task.execution!.workflowId).toBe(`${q}-1`);
      const history = task.history;
      expect(history.map((e) => Number(e.eventId))).toEqual([1, 2, 3]);
      expect(history[2]!.workflowTaskStarted!.identity).toBe('eager-worker');
      expect(new Set(history.map((e) => Number(e.eventTimeMs))).size).toBe(1);
      expect(await queued(`${q}-1`)).toBe(0);

      // No free slot: the task is queued, and the next slot granted takes it from the queue.
      const second = await start(`${q}-2`);
      expect([second.started, second.eagerExecution]).toEqual([true, false]);
      expect(await queued(`${q}-2`)).toBe(1);
      await grantOne(task);
      await waitFor(() => tasks.length === 3);
      expect(tasks[2]!.execution!.workflowId).toBe(`${q}-2`);

      // A repeated request starts nothing and gives the slot it borrowed back: the next eager start gets it.
      await grantOne(tasks[2]!);
      const again = await start(`${q}-1`);
      expect([again.runId, again.started, again.eagerExecution]).toEqual([first.runId, false, false]);
      const third = await start(`${q}-3`);
      expect(third.eagerExecution).toBe(true);
      await waitFor(() => tasks.length === 4);
      expect(tasks[3]!.execution!.workflowId).toBe(`${q}-3`);

      // A workflow type the worker does not run, or a queue nobody on this server serves: queued.
      expect((await call<object, v1.StartWorkflowResponse>(wf, 'startWorkflow',
        { workflowId: `${q}-4`, workflowType: 'other', taskQueue: q, requestEagerExecution: true })).eagerExecution).toBe(false);
      expect((await call<object, v1.StartWorkflowResponse>(wf, 'startWorkflow',
        { workflowId: `${q}-5`, workflowType: 't', taskQueue: `${q}-none`, requestEagerExecution: true })).eagerExecution).toBe(false);
    } finally {
      stream.close();
      wf.close();
    }
  }, 30_000);

  it('by default a plain start takes a slot that is free at that moment, and is queued without waiting when none is', async () => {
    const other = await startTestServer(server.db.options.connectionString); // eagerStartWhenFree as it comes: on
    const q = queue('eager-default');
    const { stream, tasks } = rawStream(q, 'free-worker', ['t'], other.address);
    const wf = makeClient(workflowServiceDefinition, other.address);
    const start = (workflowId: string) => call<object, v1.StartWorkflowResponse>(wf, 'startWorkflow',
      { workflowId, requestId: workflowId, workflowType: 't', taskQueue: q });
    const queued = async (workflowId: string) => Number((await server.db.query<{ n: string }>(
      'SELECT count(*) AS n FROM tasks WHERE workflow_id = $1 AND kind = 1', [workflowId])).rows[0]!.n);
    const started = (dispatch: string) => metric(other.engine.metrics.registry, 'reprise_workflow_tasks_started_total', { dispatch, task_queue: q });
    const connected = () => metric(other.engine.metrics.registry, 'reprise_workers_connected', { task_queue: q });
    try {
      await waitFor(async () => await connected() === 1);
      // The stream's first slot takes the first run's task (by whichever way); it grants two more as it completes
      // it, and the completion's ack says the session holds them. A claim in flight holds a slot while it looks (one
      // at a time here), so with two free one is free whatever the session is doing.
      await start(`${q}-0`);
      await waitFor(() => tasks.length === 1);
      stream.grant(2, 0);
      expect((await stream.complete({ completeWorkflowTask: { taskToken: tasks[0]!.taskToken, commands: [] } })).code ?? 0).toBe(0);
      const eagerBefore = await started('eager_start');

      // A slot is free: the plain start's first task is started with the run, for this worker; no task row.
      const first = await start(`${q}-1`);
      expect([first.started, first.eagerExecution]).toEqual([true, true]);
      await waitFor(() => tasks.length === 2);
      expect(tasks[1]!.execution!.workflowId).toBe(`${q}-1`);
      expect(tasks[1]!.history[2]!.workflowTaskStarted!.identity).toBe('free-worker');
      expect(await queued(`${q}-1`)).toBe(0);
      expect(await started('eager_start') - eagerBefore).toBe(1);

      // The last slot taken (by whichever way): none is free, and no claim can hold one.
      await start(`${q}-filler`);
      await waitFor(() => tasks.length === 3);

      // None free: queued at once (a start that asks, eagerStart, would wait for the claims in flight first).
      const second = await start(`${q}-2`);
      expect([second.started, second.eagerExecution]).toEqual([true, false]);
      expect(await queued(`${q}-2`)).toBe(1);
      stream.grant(1, 0);
      await waitFor(() => tasks.length === 4);
      expect(tasks[3]!.execution!.workflowId).toBe(`${q}-2`);
      stream.close();
      await waitFor(async () => await connected() === 0);
    } finally {
      stream.close();
      wf.close();
      await other.stop();
    }
  }, 30_000);

  it('a completion that carries its slot (release) frees it with its ack: the next task comes with no grant', async () => {
    const q = queue('release');
    const { stream, tasks } = rawStream(q, 'release-worker'); // one workflow slot, granted on connect
    try {
      for (let i = 0; i < 3; i++) await client.workflow.start('t', { taskQueue: q, workflowId: `${q}-${i}` });
      await waitFor(() => tasks.length === 1);
      // Without release the slot stays taken: the next task waits for a grant.
      expect((await stream.complete({ failWorkflowTask: { taskToken: tasks[0]!.taskToken, cause: 'WorkflowError',
        failure: { message: 'no' } } })).code ?? 0).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(tasks.length).toBe(1);
      stream.grant(1, 0);
      await waitFor(() => tasks.length === 2);
      // With release, the ack gives the slot back: the third task follows.
      expect((await stream.complete({ completeWorkflowTask: { taskToken: tasks[1]!.taskToken, commands: [] },
        release: { workflowSlots: 1 } })).code ?? 0).toBe(0);
      await waitFor(() => tasks.length === 3);
      expect(new Set(tasks.map((t) => t.execution!.workflowId)).size).toBe(3);
    } finally {
      stream.close();
    }
  }, 30_000);

  it('a client asks for an eager start with eagerStart; the run completes as any other', async () => {
    const q = queue('eager-sdk');
    const { stop } = await startWorker(q, WORKFLOWS, 1000);
    try {
      await expect(client.workflow.start('sequence', { taskQueue: q, workflowId: `${q}-bad`, eagerStart: 'yes' as unknown as boolean }))
        .rejects.toThrow('start options: eagerStart must be true or false');
      expect(await client.workflow.execute('sequence', { taskQueue: q, workflowId: `${q}-warm`, args: [1] })).toBe(0);
      expect(await client.workflow.execute('sequence', { taskQueue: q, workflowId: `${q}-1`, args: [3], eagerStart: true })).toBe(3);
      const events = (await client.workflow.getHandle(`${q}-1`).fetchHistory()).events.slice(0, 3);
      expect(events.map((e) => e.eventType)).toEqual(['WorkflowExecutionStarted', 'WorkflowTaskScheduled', 'WorkflowTaskStarted']);
      expect(new Set(events.map((e) => e.eventTime)).size).toBe(1);
    } finally {
      await stop();
    }
  }, 30_000);

  it('the worker refuses a bad cache size, and the runtime a task queue name it reserves', async () => {
    await expect(Worker.create({ address: server.address, taskQueue: 'x', workflowsPath: WORKFLOWS, maxCachedWorkflows: -1 }))
      .rejects.toThrow('Worker.create: maxCachedWorkflows: must be a whole number, 0 or more');
    const unary = makeClient(workerServiceDefinition, server.address);
    try {
      await expect(call(unary, 'pollWorkflowTask', { taskQueue: '__sticky/x', waitMs: 10 }))
        .rejects.toThrow("task_queue: must not begin with '__sticky/' (reserved)");
    } finally {
      unary.close();
    }
  });
});

/**
 * A worker's stream driven by hand: the tasks it got, and how many workflow slots it grants on (re)connect.
 * `workflowTypes`: what it says it runs (for queries and eager starts).
 */
function rawStream(taskQueue: string, identity: string, workflowTypes: string[] = [], address = server.address):
  { stream: WorkerConnection; tasks: v1.WorkflowTask[]; setSlots(n: number): void } {
  const tasks: v1.WorkflowTask[] = [];
  let slots = 1;
  const stream = new WorkerConnection(address, { namespace: 'default', taskQueue, identity, workflowTypes }, {
    onWorkflowTask: (t: v1.WorkflowTask) => tasks.push(t), onActivityTask: () => undefined, onQueryTask: () => undefined,
    freeSlots: () => ({ workflow: slots, activity: 0 }),
  });
  stream.start();
  return { stream, tasks, setSlots: (n) => { slots = n; } };
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!await check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
