import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, type WorkflowHandle } from 'reprise/client';
import { Worker } from 'reprise/worker';
import { DeterminismViolationError, replayHistory, type HistoryJSON } from 'reprise/testing';
import * as fixtureActivities from '../fixtures/activities.mjs';
import type { RunningServer } from '../../dist/runtime/server.js';
import { CLI, eventually, ROOT, scratchDir, spawnNode, startTestServer } from '../helpers.js';

const { configureActivityLog: _unused, ...activities } = fixtureActivities;
const version = (v: number) => join(ROOT, 'test', 'fixtures', 'versions', `v${v}.ts`);
/** "test/fixtures/versions/vN.ts:LINE:" of the first line of version N containing `text`. */
const at = (v: number, text: string) =>
  `test/fixtures/versions/v${v}.ts:${readFileSync(version(v), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1}:`;
const id = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;
const taskQueue = id('versions');

let server: RunningServer;
let client: Client;

beforeAll(async () => {
  server = await startTestServer();
  client = await Client.connect({ address: server.address });
});

afterAll(async () => {
  client?.close();
  await server?.stop();
});

/** Runs a worker with one version of the workflow code while `body` runs. */
async function withWorker<T>(v: number, body: () => Promise<T>): Promise<T> {
  const worker = await Worker.create({ address: server.address, taskQueue, workflowsPath: version(v), activities });
  const running = worker.run();
  try {
    return await body();
  } finally {
    await worker.shutdown();
    await running;
  }
}

async function waitForTimer(handle: WorkflowHandle): Promise<void> {
  await eventually(async () => (await handle.describe()).pendingTimers.length === 1, 10_000, 'the timer');
}

const markers = (h: HistoryJSON) => h.events.filter((e) => e.eventType === 'MarkerRecorded');

let oldRun: WorkflowHandle<string>;
let newRun: WorkflowHandle<string>;
let deprecatedRun: WorkflowHandle<string>;
const oldRunId = () => oldRun.workflowId;
const newRunId = () => newRun.workflowId;

describe('patched() and deprecatePatch()', () => {
  it('a run started by the old code passes the patch point on the old path', async () => {
    oldRun = await withWorker(1, async () => {
      const h = await client.workflow.start<string>('shipOrder', { taskQueue, workflowId: id('old'), args: ['o1'] });
      await waitForTimer(h);
      return h;
    });
  });

  it('code that diverges from a running history fails the task, writes nothing of it, and names event, both sides and the source line', async () => {
    // v3 has dropped the old branch, so it cannot continue the run v1 started.
    await withWorker(3, async () => {
      const d = await eventually(async () => {
        const desc = await oldRun.describe();
        return desc.pendingWorkflowTask?.lastFailure ? desc : undefined;
      }, 10_000, 'the failed workflow task');
      expect(d.status).toBe('RUNNING');
      const message = d.pendingWorkflowTask!.lastFailure!.message;
      expect(message).toMatch(/diverged from its history at event 5: history holds ActivityTaskScheduled\(activityType=step, activityId=1\)/);
      expect(message).toContain(`but the workflow code produced ScheduleActivityTask(activityType=echo, activityId=1) at ${at(3, 'await echo')}`);
    });
    const { events } = await oldRun.fetchHistory();
    const failedAt = events.findIndex((e) => e.eventType === 'WorkflowTaskFailed');
    expect(events[failedAt]).toMatchObject({ cause: 'Nondeterminism' });
    expect(events.filter((e) => e.eventType === 'ActivityTaskScheduled')).toHaveLength(1);
    expect(markers({ events })).toEqual([]);
  });

  it('the patched code finishes the old run on the old path and runs new ones on the new path', async () => {
    await withWorker(2, async () => {
      // The old run resumes with compatible code (its failed workflow task is retried) and completes.
      expect(await oldRun.result()).toBe('shipped o1>label-v1');
      newRun = await client.workflow.start<string>('shipOrder', { taskQueue, workflowId: id('new'), args: ['o2'] });
      expect(await newRun.result()).toBe('shipped label-v2:o2');
    });
    expect(markers(await oldRun.fetchHistory())).toEqual([]);
    expect(markers(await newRun.fetchHistory())).toEqual([
      expect.objectContaining({ markerName: 'patch', eventId: 5 }),
    ]);
  });

  it('the replayer agrees: v2 replays both runs, v1 and v3 only the ones of their path', async () => {
    const oldHistory = await oldRun.fetchHistory();
    const newHistory = await newRun.fetchHistory();
    await replayHistory({ workflowsPath: version(2) }, oldHistory);
    await replayHistory({ workflowsPath: version(2) }, newHistory);
    await replayHistory({ workflowsPath: version(1) }, oldHistory);
    await replayHistory({ workflowsPath: version(3) }, newHistory);
    const err = await replayHistory({ workflowsPath: version(1) }, newHistory).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeterminismViolationError);
    expect(err).toMatchObject({ eventId: 5, historyHolds: "MarkerRecorded(patch 'label-from-echo')" });
  });

  it('after deprecatePatch, new runs record a deprecated marker that code without the call may skip', async () => {
    await withWorker(3, async () => {
      deprecatedRun = await client.workflow.start<string>('shipOrder', { taskQueue, workflowId: id('deprecated'), args: ['o3'] });
      expect(await deprecatedRun.result()).toBe('shipped label-v2:o3');
    });
    const deprecatedHistory = await deprecatedRun.fetchHistory();
    expect(markers(deprecatedHistory)).toHaveLength(1);
    await replayHistory({ workflowsPath: version(4) }, deprecatedHistory);
    await replayHistory({ workflowsPath: version(2) }, deprecatedHistory);
    // A marker recorded by patched() is not deprecated: code without the call no longer replays it.
    const err = await replayHistory({ workflowsPath: version(4) }, await newRun.fetchHistory()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeterminismViolationError);
    expect((err as DeterminismViolationError).message).toContain("history holds MarkerRecorded(patch 'label-from-echo') but the " +
      `workflow code produced ScheduleActivityTask(activityType=echo, activityId=1) at ${at(4, 'await echo')}`);
  });
});

describe('the CLI as a CI gate', () => {
  async function cli(...args: string[]): Promise<{ code: number | null; output: string }> {
    const child = spawnNode([CLI, ...args]);
    const code = await new Promise<number | null>((r) => child.proc.once('exit', (c) => r(c)));
    return { code, output: child.output() };
  }

  it('`workflow show --output json` writes a history file that `replay` checks; a divergence exits 1', async () => {
    const dir = scratchDir('cli-replay');
    const files: string[] = [];
    for (const handle of [await client.workflow.getHandle(oldRunId()), await client.workflow.getHandle(newRunId())]) {
      const shown = await cli('workflow', 'show', handle.workflowId, '--address', server.address, '--output', 'json');
      expect(shown.code).toBe(0);
      expect(JSON.parse(shown.output)).toEqual(await handle.fetchHistory());
      const file = join(dir, `${handle.workflowId}.json`);
      writeFileSync(file, shown.output);
      files.push(file);
    }
    const table = await cli('workflow', 'show', oldRunId(), '--address', server.address);
    expect(table.code).toBe(0);
    expect(table.output).toMatch(/^ID\s+TIME\s+TYPE\s+DETAILS\n1\s+\S+\s+WorkflowExecutionStarted/);

    const good = await cli('replay', '--workflows', version(2), ...files);
    expect(good.output).toMatch(/replayed 2 histories \(\d+ events, [\d.]+ s\): 2 ok, 0 failed/);
    expect(good.code).toBe(0);
    const bad = await cli('replay', '--workflows', version(1), ...files);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain(`FAIL ${files[1]}\n  DeterminismViolationError: workflow '${newRunId()}'`);
    expect(bad.output).toMatch(/2 histories .*: 1 ok, 1 failed/);
  });

  it('`replay --from-server` replays the stored runs, filtered by type and start time', async () => {
    const all = await cli('replay', '--workflows', version(2), '--from-server', '--address', server.address, '--type', 'shipOrder', '--since', '1h');
    expect(all.output).toMatch(/replayed 3 histories .*: 3 ok, 0 failed/);
    expect(all.code).toBe(0);
    const v4 = await cli('replay', '--workflows', version(4), '--from-server', '--address', server.address, '--type', 'shipOrder');
    expect(v4.code).toBe(1);
    expect(v4.output).toMatch(/replayed 3 histories .*: 1 ok, 2 failed/);
    const none = await cli('replay', '--workflows', version(2), '--from-server', '--address', server.address, '--type', 'noSuchType');
    expect(none.output).toContain('nothing to replay');
    const badSince = await cli('replay', '--workflows', version(2), '--from-server', '--address', server.address, '--since', 'soon');
    expect(badSince.code).toBe(1);
    expect(badSince.output).toContain("--since: 'soon' is not a duration");
  });
});
