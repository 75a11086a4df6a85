import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Client } from 'reprise/client';
import { Worker } from 'reprise/worker';
import { replayHistory } from 'reprise/testing';
import * as fixtureActivities from '../fixtures/activities.mjs';
import type { RunningServer } from '../../dist/runtime/server.js';
import {
  eventually, FIXTURE_WORKFLOWS, readActivityLog, scratchDir, useTestServer, startWorkerProcess, type Child,
} from '../helpers.js';

const { configureActivityLog: _unused, ...activities } = fixtureActivities;
const id = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;

let server: RunningServer;
let client: Client;
const children: Child[] = [];

useTestServer((s, c) => {
  server = s;
  client = c;
}, children);

describe('the deterministic sandbox', () => {
  it('has no Node globals, refuses WeakRef, FinalizationRegistry and setInterval, and keeps seeded values across a kill -9', async () => {
    const taskQueue = id('sandbox');
    const log = join(scratchDir('sandbox'), 'activities.log');
    const first = await startWorkerProcess(server.address, taskQueue, log);
    children.push(first);
    const handle = await client.workflow.start('sandboxProbe', { taskQueue, workflowId: id('probe'), args: [1_500] });
    // The values went to the echo activity in the first process; the slow activity runs when we kill it.
    await eventually(() => readActivityLog(log).some((r) => r.type === 'slow' && r.phase === 'start'), 20_000, 'the slow activity');
    await first.kill('SIGKILL');
    const seenBeforeCrash = (readActivityLog(log).find((r) => r.type === 'echo') as unknown as { values: unknown[] }).values;

    const second = await startWorkerProcess(server.address, taskQueue, log);
    children.push(second);
    // The killed attempt of `slow` times out (start-to-close 2 s) and the retry runs on the second worker.
    const result = await handle.result() as Record<string, unknown>;
    const [uuid, randomUuid, random, now] = result.seen as [string, string, number, number];
    expect(result.absent).toEqual(['process', 'require', 'Buffer', 'fetch', '__dirname', 'module']);
    expect(result.refused).toEqual([
      expect.stringMatching(/^WeakRef is not available in workflow code/),
      expect.stringMatching(/^FinalizationRegistry is not available in workflow code/),
      expect.stringMatching(/^setInterval is not available in workflow code/),
    ]);
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomUuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomUuid).not.toBe(uuid);
    expect(typeof random).toBe('number');
    // What the second process computed while replaying is what the first one saw before it died.
    expect(result.seen).toEqual(seenBeforeCrash);
    expect(result.echoed).toEqual(seenBeforeCrash);
    expect(now).toBe(Date.parse((await handle.fetchHistory()).events.find((e) => e.eventType === 'WorkflowTaskStarted')!.eventTime));
    expect(result.cancelledFired).toBe(false);

    const { events } = await handle.fetchHistory();
    const types = events.map((e) => e.eventType);
    // setTimeout became two durable timers; the cleared one is cancelled in history, the other fired.
    expect(types.filter((t) => t === 'TimerStarted')).toHaveLength(2);
    expect(events.filter((e) => e.eventType === 'TimerCanceled')).toEqual([expect.objectContaining({ timerId: '1' })]);
    expect(events.filter((e) => e.eventType === 'TimerFired')).toEqual([expect.objectContaining({ timerId: '2' })]);
    // The whole history replays with the same code, in this process, with the same values.
    await replayHistory({ workflowsPath: FIXTURE_WORKFLOWS }, JSON.parse(JSON.stringify(await handle.fetchHistory())));
  }, 60_000);

  it('workflow state never leaks between runs: module variables and globals start fresh in each', async () => {
    const taskQueue = id('leak');
    const worker = await Worker.create({ address: server.address, taskQueue, workflowsPath: FIXTURE_WORKFLOWS, activities });
    const running = worker.run();
    try {
      for (let i = 0; i < 3; i++) {
        expect(await client.workflow.execute('leakProbe', { taskQueue, workflowId: id('leak') }))
          .toEqual({ moduleCounter: 1, globalSeen: undefined });
      }
    } finally {
      await worker.shutdown();
      await running;
    }
  });

  it('a busy loop fails its workflow task at the deadline and the worker keeps serving other workflows', async () => {
    const taskQueue = id('busy');
    const worker = await Worker.create({
      address: server.address, taskQueue, workflowsPath: FIXTURE_WORKFLOWS, activities, workflowTaskDeadline: '300ms',
    });
    const running = worker.run();
    try {
      // Activities run first: their AsyncLocalStorage turns on Node's promise tracking in the worker process, under
      // which a deadline inside a microtask would abort the process if workflow code ran on the same thread.
      expect(await client.workflow.execute('threeStepsAndTimer', { taskQueue, workflowId: id('before'), args: ['x'] })).toBe('x>a>b>c');
      const busy = await client.workflow.start('busyLoop', { taskQueue, workflowId: id('busy') });
      const d = await eventually(async () => {
        const desc = await busy.describe();
        return desc.pendingWorkflowTask?.lastFailure ? desc : undefined;
      }, 10_000, 'the failed workflow task');
      expect(d.status).toBe('RUNNING');
      expect(d.pendingWorkflowTask!.lastFailure!.message).toMatch(/ran for more than 300 ms without yielding/);
      // The same worker still completes a normal workflow while the busy one keeps being retried.
      const result = await client.workflow.execute('threeStepsAndTimer', { taskQueue, workflowId: id('normal'), args: ['in'] });
      expect(result).toBe('in>a>b>c');
      const { events } = await busy.fetchHistory();
      expect(events.find((e) => e.eventType === 'WorkflowTaskFailed')).toMatchObject({ cause: 'Deadline' });
    } finally {
      await worker.shutdown();
      await running;
    }
  });
});
