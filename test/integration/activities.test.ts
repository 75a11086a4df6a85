import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Client } from 'reprise/client';
import { Worker } from 'reprise/worker';
import { ApplicationFailure, CompleteAsyncError, Context, heartbeat } from 'reprise/activity';
import { replayHistory } from 'reprise/testing';
import type { RunningServer } from '../../dist/runtime/server.js';
import { createDatabase, eventually, ROOT, startTestServer, useTestServer } from '../helpers.js';

const WORKFLOWS = join(ROOT, 'test', 'fixtures', 'activity-workflows.ts');
const id = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the activities below saw, by test key. */
const seen = new Map<string, { attempt: number; at: number; details?: unknown; aborted?: string }[]>();
const note = (key: string, entry: { attempt: number; at: number; details?: unknown; aborted?: string }) =>
  seen.set(key, [...(seen.get(key) ?? []), entry]);
let asyncToken: string | undefined;
const inFlight = { now: 0, max: 0 };

const activities = {
  /** Fails until attempt `succeedAt` (never when 0), recording each attempt's start. */
  async flaky(key: string, succeedAt: number): Promise<string> {
    const { attempt } = Context.current().info;
    note(key, { attempt, at: Date.now() });
    if (succeedAt > 0 && attempt >= succeedAt) return `ok at ${attempt}`;
    throw ApplicationFailure.retryable(`attempt ${attempt} failed`, 'Flaky');
  },
  async refuse(key: string): Promise<never> {
    note(key, { attempt: Context.current().info.attempt, at: Date.now() });
    throw ApplicationFailure.nonRetryable('card declined', 'CardDeclined', { code: 51 });
  },
  /** Attempt 1 outlives its start-to-close timeout and returns late (ignoring its signal); later attempts are quick. */
  async slowFirst(key: string): Promise<string> {
    const { attempt } = Context.current().info;
    note(key, { attempt, at: Date.now() });
    if (attempt === 1) await delay(900);
    return `attempt ${attempt}`;
  },
  /** Attempt 1 heartbeats its progress once and stalls; the next attempt resumes from the details. */
  async resumable(key: string): Promise<unknown> {
    const ctx = Context.current();
    note(key, { attempt: ctx.info.attempt, at: Date.now(), details: ctx.info.heartbeatDetails });
    if (ctx.info.attempt === 1) {
      heartbeat({ processed: 40 });
      await delay(1_500);
      return 'stalled attempt finished';
    }
    return { resumedFrom: ctx.info.heartbeatDetails };
  },
  async longRunning(): Promise<string> {
    const ctx = Context.current();
    const started = Date.now();
    while (Date.now() - started < 20_000) {
      ctx.heartbeat();
      if (ctx.cancellationSignal.aborted) {
        note('cancel', { attempt: ctx.info.attempt, at: Date.now(), aborted: String((ctx.cancellationSignal.reason as Error)?.message) });
        throw ctx.cancellationSignal.reason;
      }
      await delay(50);
    }
    return 'done';
  },
  async waitForPerson(): Promise<never> {
    asyncToken = Context.current().info.taskToken;
    throw new CompleteAsyncError();
  },
  async countedLocal(value: string): Promise<string> {
    note('local', { attempt: Context.current().info.attempt, at: Date.now() });
    return `${value}!`;
  },
  async flakyLocal(value: string): Promise<string> {
    const { attempt } = Context.current().info;
    note('flakyLocal', { attempt, at: Date.now() });
    if (attempt < 3) throw new Error(`local attempt ${attempt} failed`);
    return `${value} after ${attempt}`;
  },
  async quick(i: number): Promise<number> {
    note('quick', { attempt: i, at: Date.now() });
    inFlight.now++;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    await delay(50);
    inFlight.now--;
    return i;
  },
  async takesHalfASecond(key: string): Promise<string> {
    note(key, { attempt: 1, at: Date.now() });
    await delay(500);
    note(key, { attempt: 1, at: Date.now(), details: 'finished' });
    return 'finished';
  },
};

let server: RunningServer;
let client: Client;
let worker: Worker;
let running: Promise<void>;
const taskQueue = id('activities');

useTestServer((s, c) => {
  server = s;
  client = c;
});

beforeAll(async () => {
  worker = await Worker.create({ address: server.address, taskQueue, workflowsPath: WORKFLOWS, activities });
  running = worker.run();
});

afterAll(async () => {
  await worker?.shutdown();
  await running;
});

const runOne = (type: string, options: object, ...args: unknown[]) =>
  client.workflow.execute<Record<string, unknown>>('runOne', { taskQueue, workflowId: id(type), args: [type, options, ...args] });

describe('activity retries', () => {
  it('follow the policy backoff, and the attempt number reaches the activity', async () => {
    const key = id('backoff');
    const result = await runOne('flaky', { startToCloseTimeout: '5s', retry: { initialInterval: '100ms', backoffCoefficient: 2 } }, key, 4);
    expect(result).toEqual({ ok: 'ok at 4' });
    const attempts = seen.get(key)!;
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4]);
    const gaps = attempts.slice(1).map((a, i) => a.at - attempts[i]!.at);
    // Backoff 100, 200, 400 ms: each gap is at least its delay (timer precision allows a few ms early).
    [100, 200, 400].forEach((d, i) => expect(gaps[i]).toBeGreaterThanOrEqual(d - 5));
  });

  it('stop at maximumAttempts, and a non-retryable ApplicationFailure fails at once with type, message, details and stack', async () => {
    const key = id('max');
    const max = await runOne('flaky', { startToCloseTimeout: '5s', retry: { initialInterval: '10ms', maximumAttempts: 3 } }, key, 0);
    expect(max).toMatchObject({ retryState: 'MAXIMUM_ATTEMPTS_REACHED', causeType: 'Flaky', causeMessage: 'attempt 3 failed' });
    expect(seen.get(key)!.length).toBe(3);
    const refuseKey = id('refuse');
    const refused = await runOne('refuse', { startToCloseTimeout: '5s' }, refuseKey);
    expect(refused).toMatchObject({
      retryState: 'NON_RETRYABLE_FAILURE', causeName: 'ApplicationFailure', causeType: 'CardDeclined', causeMessage: 'card declined',
      causeDetails: [{ code: 51 }], hasStack: true,
    });
    expect(seen.get(refuseKey)!.length).toBe(1);
  });
});

describe('activity timeouts', () => {
  it('start-to-close: the attempt times out and is retried; its late result is rejected and changes nothing', async () => {
    const key = id('stc');
    const workflowId = id('stc-wf');
    const result = await client.workflow.execute('runOne', { taskQueue, workflowId,
      args: ['slowFirst', { startToCloseTimeout: '300ms', retry: { initialInterval: '10ms' } }, key] });
    expect(result).toEqual({ ok: 'attempt 2' });
    await delay(800); // attempt 1 returns now; the runtime must refuse it
    const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
    expect(events.filter((e) => e.eventType === 'ActivityTaskCompleted')).toHaveLength(1);
    expect(events.find((e) => e.eventType === 'ActivityTaskStarted')).toMatchObject({ attempt: 2 });
    expect((events.find((e) => e.eventType === 'ActivityTaskStarted') as { lastFailure?: { message: string } }).lastFailure?.message)
      .toMatch(/start-to-close timeout of 300 ms/);
  });

  it('heartbeat: a stalled attempt times out and the next one starts from its last heartbeat details', async () => {
    const key = id('hb');
    const result = await runOne('resumable', { startToCloseTimeout: '10s', heartbeatTimeout: '400ms', retry: { initialInterval: '10ms' } }, key);
    expect(result).toEqual({ ok: { resumedFrom: { processed: 40 } } });
    expect(seen.get(key)!.map((a) => [a.attempt, a.details])).toEqual([[1, undefined], [2, { processed: 40 }]]);
  });

  it('schedule-to-start: no worker on the queue ends the activity with a TimeoutFailure', async () => {
    const result = await runOne('flaky', { startToCloseTimeout: '5s', scheduleToStartTimeout: '300ms', taskQueue: id('nobody') }, 'x', 1);
    expect(result).toMatchObject({ retryState: 'TIMEOUT', timeoutType: 'SCHEDULE_TO_START', causeName: 'TimeoutFailure' });
  });

  it('schedule-to-close: retries end when the whole activity runs out of time', async () => {
    const key = id('s2c');
    const result = await runOne('flaky', { scheduleToCloseTimeout: '600ms', retry: { initialInterval: '100ms', backoffCoefficient: 1 } }, key, 0);
    expect(result).toMatchObject({ retryState: 'TIMEOUT' });
    expect(seen.get(key)!.length).toBeGreaterThan(1);
  });
});

describe('activity cancellation and completion', () => {
  it('cancellation types: WAIT_CANCELLATION_COMPLETED waits for the activity to end; ABANDON never asks it to stop', async () => {
    seen.delete('cancel');
    const wait = await client.workflow.execute('cancelWithType', { taskQueue, workflowId: id('wait'), args: ['WAIT_CANCELLATION_COMPLETED'] });
    expect(wait).toEqual({ outcome: 'cancelled', waited: true });
    expect(seen.get('cancel')).toHaveLength(1); // the activity saw its cancellation before the call settled
    const tryCancel = await client.workflow.execute('cancelWithType', { taskQueue, workflowId: id('try'), args: ['TRY_CANCEL'] });
    expect(tryCancel).toEqual({ outcome: 'cancelled', waited: false });
    seen.delete('cancel');
    const abandonId = id('abandon');
    const abandon = await client.workflow.execute('cancelWithType', { taskQueue, workflowId: abandonId, args: ['ABANDON'] });
    expect(abandon).toEqual({ outcome: 'cancelled', waited: false });
    const types = (await client.workflow.getHandle(abandonId).fetchHistory()).events.map((e) => e.eventType);
    expect(types).not.toContain('ActivityTaskCancelRequested');
    const wid = id('wait-history');
    await client.workflow.execute('cancelWithType', { taskQueue, workflowId: wid, args: ['WAIT_CANCELLATION_COMPLETED'] });
    const waitTypes = (await client.workflow.getHandle(wid).fetchHistory()).events.map((e) => e.eventType);
    expect(waitTypes.indexOf('ActivityTaskCanceled')).toBeGreaterThan(waitTypes.indexOf('ActivityTaskCancelRequested'));
  });

  it('a cancelled scope cancels its running activity, which sees its AbortSignal at its next heartbeat', async () => {
    const workflowId = id('cancel');
    seen.delete('cancel');
    expect(await client.workflow.execute('cancelRunning', { taskQueue, workflowId, args: [300, 1_500] })).toBe('cancelled');
    const entry = await eventually(() => seen.get('cancel')?.[0], 10_000, 'the activity to see its cancellation');
    expect(entry.aborted).toMatch(/the workflow cancelled this activity/);
    await eventually(async () => {
      const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
      return events.some((e) => e.eventType === 'ActivityTaskCanceled') ? events : undefined;
    }, 10_000, 'ActivityTaskCanceled');
    const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
    expect(events.map((e) => e.eventType)).toContain('ActivityTaskCancelRequested');
    await replayHistory({ workflowsPath: WORKFLOWS }, await client.workflow.getHandle(workflowId).fetchHistory());
  });

  it('an activity whose workflow closes sees its AbortSignal at its next heartbeat', async () => {
    seen.delete('cancel');
    expect(await client.workflow.execute('cancelRunning', { taskQueue, workflowId: id('closed'), args: [300, 0] })).toBe('cancelled');
    const entry = await eventually(() => seen.get('cancel')?.[0], 10_000, 'the activity to see its cancellation');
    expect(entry.aborted).toMatch(/no longer running/);
  });

  it('an activity that throws CompleteAsyncError is completed later with its task token', async () => {
    asyncToken = undefined;
    const handle = await client.workflow.start('runOne', { taskQueue, workflowId: id('async'),
      args: ['waitForPerson', { startToCloseTimeout: '30s' }] });
    const token = await eventually(() => asyncToken, 10_000, 'the task token');
    await client.activity.complete(token, { approvedBy: 'ana' });
    expect(await handle.result()).toEqual({ ok: { approvedBy: 'ana' } });
    await expect(client.activity.complete(token, 'again')).rejects.toMatchObject({ name: 'ActivityNotFoundError' });
    await expect(client.activity.complete('', 'x')).rejects.toMatchObject({ name: 'ValueError' });
  });
});

describe('local activities', () => {
  it('run in the worker, retry locally, are recorded as markers and never run again on replay', async () => {
    seen.delete('local');
    seen.delete('flakyLocal');
    const workflowId = id('local');
    const result = await client.workflow.execute('localSteps', { taskQueue, workflowId, args: [{ initialInterval: '20ms' }] });
    expect(result).toEqual(['one!', 'two after 3']);
    expect(seen.get('local')).toHaveLength(1); // the run was replayed on later tasks, the local activity not run again
    expect(seen.get('flakyLocal')!.map((a) => a.attempt)).toEqual([1, 2, 3]);
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    const markers = history.events.filter((e) => e.eventType === 'MarkerRecorded');
    expect(markers).toHaveLength(2);
    expect(history.events.some((e) => e.eventType === 'ActivityTaskScheduled')).toBe(false);
    await replayHistory({ workflowsPath: WORKFLOWS }, history);
    expect(seen.get('local')).toHaveLength(1);
  });
});

describe('local activity backoff', () => {
  it('a retry whose backoff outlasts the workflow task waits on a durable timer and runs in a later task', async () => {
    seen.delete('local');
    seen.delete('flakyLocal');
    const workflowId = id('local-timer');
    // Task timeout 1 s: a round may take 800 ms, and the 1 s and 2 s backoffs do not fit.
    const result = await client.workflow.execute('localSteps', { taskQueue, workflowId, workflowTaskTimeout: '1s',
      args: [{ initialInterval: '1s', backoffCoefficient: 2 }] });
    expect(result).toEqual(['one!', 'two after 3']);
    const attempts = seen.get('flakyLocal')!;
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(1_950);
    const history = await client.workflow.getHandle(workflowId).fetchHistory();
    const markers = history.events.filter((e) => e.eventType === 'MarkerRecorded');
    expect(markers).toHaveLength(4); // countedLocal, then flakyLocal's three rounds (two ended in a backoff)
    expect(history.events.filter((e) => e.eventType === 'TimerStarted').map((e) => e.startToFireTimeoutMs)).toEqual([50, 1_000, 2_000, 50]);
    await replayHistory({ workflowsPath: WORKFLOWS }, history);
    expect(seen.get('flakyLocal')).toHaveLength(3);
  });
});

describe('worker fleets', () => {
  /** Runs a fan-out of 10 quick activities; the ms between the first and the last activity start. */
  async function quickStartSpan(c: Client, queue: string, workflowId: string): Promise<number> {
    seen.delete('quick');
    expect(await c.workflow.execute('fanOut', { taskQueue: queue, workflowId, args: [10] })).toBe(10);
    const times = seen.get('quick')!.map((q) => q.at).sort((a, b) => a - b);
    return times[times.length - 1]! - times[0]!;
  }

  it('a per-task-queue rate limit spaces the activities the runtime hands out', async () => {
    const queue = id('limited');
    const limited = await Worker.create({ address: server.address, taskQueue: queue, workflowsPath: WORKFLOWS, activities,
      maxTaskQueueActivitiesPerSecond: 5 });
    const run = limited.run();
    try {
      // 5 per second with a burst of 5: the tenth starts at least a second after the first.
      expect(await quickStartSpan(client, queue, id('fan'))).toBeGreaterThanOrEqual(900);
    } finally {
      await limited.shutdown();
      await run;
    }
  });

  it('the rate limit holds across runtime instances: two servers on one database share one bucket', async () => {
    const url = await createDatabase();
    const [one, two] = [await startTestServer(url), await startTestServer(url)];
    const queue = id('shared-limit');
    const workers = await Promise.all([one, two].map((s) => Worker.create({ address: s.address, taskQueue: queue,
      workflowsPath: WORKFLOWS, activities, maxTaskQueueActivitiesPerSecond: 5, maxConcurrentActivities: 5 })));
    const runs = workers.map((w) => w.run());
    const c = await Client.connect({ address: one.address });
    try {
      // One bucket of 5 per second with a burst of 5, whichever instance hands the task out.
      expect(await quickStartSpan(c, queue, id('fan2'))).toBeGreaterThanOrEqual(900);
    } finally {
      c.close();
      await Promise.all(workers.map((w) => w.shutdown()));
      await Promise.all(runs);
      await one.stop();
      await two.stop();
    }
  });

  it('a worker runs at most maxConcurrentActivities at once', async () => {
    const queue = id('slots');
    const small = await Worker.create({ address: server.address, taskQueue: queue, workflowsPath: WORKFLOWS, activities,
      maxConcurrentActivities: 2 });
    const run = small.run();
    try {
      inFlight.max = 0;
      expect(await client.workflow.execute('fanOut', { taskQueue: queue, workflowId: id('slots'), args: [8] })).toBe(8);
      expect(inFlight.max).toBe(2);
    } finally {
      await small.shutdown();
      await run;
    }
    await expect(Worker.create({ address: server.address, taskQueue: queue, activities, maxTaskQueueActivitiesPerSecond: -1 }))
      .rejects.toThrow(/maxTaskQueueActivitiesPerSecond must be a number greater than 0/);
  });

  it('shutdown waits for a running activity to finish and report', async () => {
    const queue = id('drain');
    const draining = await Worker.create({ address: server.address, taskQueue: queue, workflowsPath: WORKFLOWS, activities });
    const run = draining.run();
    const key = id('half');
    const workflowId = id('drain-wf');
    await client.workflow.start('runOne', { taskQueue: queue, workflowId, args: ['takesHalfASecond', { startToCloseTimeout: '10s' }, key] });
    await eventually(() => seen.get(key)?.length === 1, 10_000, 'the activity to start');
    await draining.shutdown();
    await run;
    expect(seen.get(key)!.at(-1)!.details).toBe('finished');
    const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
    expect(events.some((e) => e.eventType === 'ActivityTaskCompleted')).toBe(true);
  });
});
