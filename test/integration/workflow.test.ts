import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { Client, ServiceError, WorkflowExecutionAlreadyStartedError, WorkflowFailedError, ActivityFailure, ApplicationFailure } from 'reprise/client';
import { Worker } from 'reprise/worker';
import * as fixtureActivities from '../fixtures/activities.mjs';
import { eventually, FIXTURE_WORKFLOWS, readActivityLog, scratchDir, useTestServer } from '../helpers.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import { valuesToPayloads } from '../../dist/sdk/internal/payloads.js';

const { configureActivityLog, ...activities } = fixtureActivities;
const taskQueue = 'workflow-tests';
let server: RunningServer;
let client: Client;
let worker: Worker;
let running: Promise<void>;
let log: string;

useTestServer((s, c) => {
  server = s;
  client = c;
});

beforeAll(async () => {
  log = join(scratchDir('wf'), 'activities.log');
  configureActivityLog(log);
  worker = await Worker.create({ address: server.address, taskQueue, workflowsPath: FIXTURE_WORKFLOWS, activities });
  running = worker.run();
});

afterAll(async () => {
  await worker?.shutdown();
  await running;
});

const id = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;

describe('a workflow of three activities and a timer', () => {
  it('completes with the result of its last activity', async () => {
    const result = await client.workflow.execute('threeStepsAndTimer', { taskQueue, workflowId: id('three'), args: ['in'] });
    expect(result).toBe('in>a>b>c');
  });

  it('records a gapless history in the order of the flow', async () => {
    const handle = await client.workflow.start('threeStepsAndTimer', { taskQueue, workflowId: id('order'), args: ['x'] });
    await handle.result();
    const { events } = await handle.fetchHistory();
    expect(events.map((e) => e.eventId)).toEqual(events.map((_, i) => i + 1));
    const task = ['WorkflowTaskScheduled', 'WorkflowTaskStarted', 'WorkflowTaskCompleted'];
    const activity = ['ActivityTaskScheduled', 'ActivityTaskStarted', 'ActivityTaskCompleted'];
    expect(events.map((e) => e.eventType)).toEqual([
      'WorkflowExecutionStarted', ...task,
      ...activity, ...task,
      'TimerStarted', 'TimerFired', ...task,
      ...activity, ...task,
      ...activity, ...task,
      'WorkflowExecutionCompleted',
    ]);
    const fired = events.find((e) => e.eventType === 'TimerFired')!;
    const started = events.find((e) => e.eventType === 'TimerStarted')!;
    expect(Date.parse(fired.eventTime) - Date.parse(started.eventTime)).toBeGreaterThanOrEqual(300);
  });

  it('describes the closed run', async () => {
    const workflowId = id('describe');
    const handle = await client.workflow.start('threeStepsAndTimer', { taskQueue, workflowId, args: ['d'] });
    await handle.result();
    const d = await handle.describe();
    expect(d).toMatchObject({ workflowId, runId: handle.firstExecutionRunId, type: 'threeStepsAndTimer', taskQueue, status: 'COMPLETED' });
    expect(d.historyLength).toBe((await handle.fetchHistory()).events.length);
    expect(d.pendingActivities).toEqual([]);
    expect(d.closeTime!.getTime()).toBeGreaterThanOrEqual(d.startTime.getTime());
  });

  it('history survives JSON.stringify and JSON.parse unchanged', async () => {
    const handle = await client.workflow.start('threeStepsAndTimer', { taskQueue, workflowId: id('json'), args: ['j'] });
    await handle.result();
    const history = await handle.fetchHistory();
    expect(JSON.parse(JSON.stringify(history))).toEqual(history);
  });
});

describe('starting', () => {
  it('refuses a second start of a running workflow ID with WorkflowExecutionAlreadyStartedError', async () => {
    const workflowId = id('dup');
    const first = await client.workflow.start('sleeper', { taskQueue, workflowId, args: [500] });
    const err = await client.workflow.start('sleeper', { taskQueue, workflowId, args: [500] }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    expect(err.message).toContain(workflowId);
    expect(err.message).toContain(first.firstExecutionRunId);
    await first.result();
  });

  it('returns the same run for a repeated request ID', async () => {
    const workflowId = id('idem');
    const a = await client.workflow.start('sleeper', { taskQueue, workflowId, args: [10], requestId: 'req-1' });
    const b = await client.workflow.start('sleeper', { taskQueue, workflowId, args: [10], requestId: 'req-1' });
    expect(b.firstExecutionRunId).toBe(a.firstExecutionRunId);
    await a.result();
    const c = await client.workflow.start('sleeper', { taskQueue, workflowId, args: [10], requestId: 'req-1' });
    expect(c.firstExecutionRunId).toBe(a.firstExecutionRunId);
  });

  it('execute() starts and gets the result in one call, and a failed run throws from it', async () => {
    const calls: string[] = [];
    const original = client._call.bind(client);
    const spy = vi.spyOn(client, '_call').mockImplementation((method: string, ...rest: [object, number]) => {
      calls.push(method);
      return original(method, ...rest);
    });
    try {
      expect(await client.workflow.execute('threeStepsAndTimer', { taskQueue, workflowId: id('one-call'), args: ['e'] })).toBe('e>a>b>c');
      expect(calls).toEqual(['startWorkflow']);
      const err = await client.workflow.execute('flakyWorkflow', { taskQueue, workflowId: id('one-call-fails'), args: [10, 1, 10] })
        .catch((e) => e);
      expect(err).toBeInstanceOf(WorkflowFailedError);
      expect(err.cause).toBeInstanceOf(ActivityFailure);
      expect(err.runId).toBe((await client.workflow.getHandle(err.workflowId).describe()).runId);
      expect(calls).toEqual(['startWorkflow', 'startWorkflow', 'describeWorkflow']);
    } finally {
      spy.mockRestore();
    }
  });

  it('a start that waits for the result answers when the wait ends with the run still open, and refuses a negative wait', async () => {
    const workflowId = id('wait-open');
    const req = { namespace: 'default', workflowId, workflowType: 'sleeper', taskQueue, requestId: id('req'), input: { payloads: [] } };
    const res = await client._call<{ runId: string; result: { closed: boolean; runId: string } }>('startWorkflow',
      { ...req, input: valuesToPayloads([1500], 'args'), waitResultMs: 200 }, 10_000);
    expect(res.result).toMatchObject({ closed: false, runId: res.runId });
    expect(await client.workflow.getHandle(workflowId, res.runId).result()).toBe('woke>after-sleep');
    // The same request again: the run it returns closed before the call, and the answer says so at once.
    const t0 = Date.now();
    const again = await client._call<{ runId: string; started: boolean; result: { closed: boolean; status: number } }>('startWorkflow',
      { ...req, waitResultMs: 20_000 }, 30_000);
    expect(again).toMatchObject({ runId: res.runId, started: false, result: { closed: true, status: 2 } });
    expect(Date.now() - t0).toBeLessThan(15_000);
    const refused = id('wait-negative');
    const err = await client._call('startWorkflow', { ...req, workflowId: refused, waitResultMs: -1 }, 10_000).catch((e) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect(err.grpcCode).toBe(3);
    expect(err.message).toContain('wait_result_ms');
    await expect(client.workflow.getHandle(refused).describe()).rejects.toThrow(refused); // nothing was started
  });

  it('allows a new run of a workflow ID once the previous run closed', async () => {
    const workflowId = id('again');
    const a = await client.workflow.start('sleeper', { taskQueue, workflowId, args: [10] });
    await a.result();
    const b = await client.workflow.start('sleeper', { taskQueue, workflowId, args: [10] });
    expect(b.firstExecutionRunId).not.toBe(a.firstExecutionRunId);
    await b.result();
    expect((await client.workflow.getHandle(workflowId).describe()).runId).toBe(b.firstExecutionRunId);
  });
});

describe('activity retries', () => {
  it('retries a failing activity with exponential backoff until it succeeds', async () => {
    const workflowId = id('flaky');
    const result = await client.workflow.execute('flakyWorkflow', { taskQueue, workflowId, args: [2, 5, 200] });
    expect(result).toBe(3);
    const runs = readActivityLog(log).filter((r) => r.workflowId === workflowId);
    expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
    const gap1 = runs[1]!.time - runs[0]!.time;
    const gap2 = runs[2]!.time - runs[1]!.time;
    expect(gap1).toBeGreaterThanOrEqual(200);
    expect(gap2).toBeGreaterThanOrEqual(400);
    const events = (await client.workflow.getHandle(workflowId).fetchHistory()).events;
    const started = events.find((e) => e.eventType === 'ActivityTaskStarted')!;
    expect(started.attempt).toBe(3);
    expect((started.lastFailure as { message: string }).message).toBe('flaky failure on attempt 2');
  });

  it('fails the workflow with the activity failure as the cause when the attempts run out', async () => {
    const workflowId = id('exhaust');
    const err = await client.workflow.execute('flakyWorkflow', { taskQueue, workflowId, args: [10, 3, 50] }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkflowFailedError);
    expect(err.cause).toBeInstanceOf(ActivityFailure);
    expect(err.cause.activityType).toBe('flaky');
    expect(err.cause.retryState).toBe('MAXIMUM_ATTEMPTS_REACHED');
    expect(err.cause.cause).toBeInstanceOf(ApplicationFailure);
    expect(err.cause.cause.type).toBe('Flaky');
    expect(err.cause.cause.message).toBe('flaky failure on attempt 3');
    expect(err.cause.cause.details).toEqual([{ attempt: 3 }]);
    expect(err.cause.cause.stack).toContain('flaky');
    expect(readActivityLog(log).filter((r) => r.workflowId === workflowId)).toHaveLength(3);
    expect((await client.workflow.getHandle(workflowId).describe()).status).toBe('FAILED');
  });
});

describe('determinism', () => {
  it('Date.now(), new Date() and Math.random() give the same values when later tasks replay the history', async () => {
    const r = await client.workflow.execute<{ before: number[]; recorded: number[]; info: string }>('clockAndRandom',
      { taskQueue, workflowId: id('clock') });
    expect(r.recorded).toEqual(r.before);
    expect(r.info).toBe(`clockAndRandom/${taskQueue}`);
    expect(r.before[1]).not.toBe(r.before[3]);
  });

  it('many parallel activities of one run all land in a gapless history', async () => {
    const handle = await client.workflow.start('fanOut', { taskQueue, workflowId: id('fan'), args: [25] });
    const result = await handle.result();
    expect(result).toEqual(Array.from({ length: 25 }, (_, i) => `fan>s${i}`));
    const { events } = await handle.fetchHistory();
    expect(events.map((e) => e.eventId)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.eventType === 'ActivityTaskCompleted')).toHaveLength(25);
  });
});

describe('errors in workflow code', () => {
  it('an unknown activity type leaves the activity retrying with a failure that names it', async () => {
    const handle = await client.workflow.start('callsUnknownActivity', { taskQueue, workflowId: id('unknown-act') });
    const d = await eventually(async () => {
      const desc = await handle.describe();
      return desc.pendingActivities[0]?.lastFailure ? desc : undefined;
    }, 10_000, 'a failed attempt');
    expect(d.status).toBe('RUNNING');
    expect(d.pendingActivities[0]!.lastFailure!.message).toMatch(/activity type 'notRegistered' is not registered.*registered: echo, flaky, note, progress, slow, step/);
  });

  it('an unknown workflow type fails the workflow task with a message naming it, and the run stays open', async () => {
    const handle = await client.workflow.start('noSuchWorkflow', { taskQueue, workflowId: id('unknown-wf') });
    const d = await eventually(async () => {
      const desc = await handle.describe();
      return desc.pendingWorkflowTask?.lastFailure ? desc : undefined;
    }, 10_000, 'a failed workflow task');
    expect(d.status).toBe('RUNNING');
    expect(d.pendingWorkflowTask!.lastFailure!.message).toMatch(/workflow type 'noSuchWorkflow' is not exported.*threeStepsAndTimer/);
    const { events } = await handle.fetchHistory();
    expect(events.find((e) => e.eventType === 'WorkflowTaskFailed')).toMatchObject({ cause: 'UnknownWorkflowType' });
  });

  it('a plain error thrown by workflow code fails the workflow task, not the workflow', async () => {
    const handle = await client.workflow.start('throwsPlainError', { taskQueue, workflowId: id('plain') });
    const d = await eventually(async () => {
      const desc = await handle.describe();
      return desc.pendingWorkflowTask?.lastFailure ? desc : undefined;
    }, 10_000, 'a failed workflow task');
    expect(d.status).toBe('RUNNING');
    expect(d.pendingWorkflowTask!.lastFailure!.message).toBe('a bug in workflow code');
  });
});
