import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Client } from 'reprise/client';
import { freePort } from '../../dist/runtime/embedded-postgres.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import pg from 'pg';
import {
  CLI, createDatabase, eventually, metric, readActivityLog, scratchDir, spawnNode, startServerProcess, startWorkerProcess,
  useTestServer, type Child,
} from '../helpers.js';

const id = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;

describe('kill -9', () => {
  let server: RunningServer;
  let client: Client;
  const children: Child[] = [];

  useTestServer((s, c) => {
    server = s;
    client = c;
  }, children);

  async function worker(taskQueue: string, log: string): Promise<Child> {
    const w = await startWorkerProcess(server.address, taskQueue, log);
    children.push(w);
    return w;
  }

  it('a worker killed while an activity runs: a new worker finishes the workflow; completed activities ran once', async () => {
    const taskQueue = id('q');
    const log = join(scratchDir('kill-worker'), 'activities.log');
    const first = await worker(taskQueue, log);
    const workflowId = id('kill-worker');
    const handle = await client.workflow.start('slowMiddle', { taskQueue, workflowId, args: [1_000] });
    await eventually(() => readActivityLog(log).some((r) => r.type === 'slow' && r.phase === 'start'), 20_000, 'the slow activity');
    await first.kill('SIGKILL');
    const second = await worker(taskQueue, log);
    expect(await handle.result()).toBe('x>before|slow-done>after');
    const runs = readActivityLog(log).filter((r) => r.workflowId === workflowId);
    expect(runs.filter((r) => r.type === 'step' && r.activityId === '1')).toHaveLength(1);
    expect(runs.filter((r) => r.type === 'step' && r.activityId === '3')).toHaveLength(1);
    const slow = runs.filter((r) => r.type === 'slow');
    expect(slow.map((r) => [r.phase, r.attempt, r.pid])).toEqual([
      ['start', 1, first.proc.pid], ['start', 2, second.proc.pid], ['end', 2, second.proc.pid],
    ]);
    const { events } = await handle.fetchHistory();
    expect(events.map((e) => e.eventId)).toEqual(events.map((_, i) => i + 1));
  });

  it('a timer of a workflow whose worker is down fires, and the workflow goes on when a worker comes back', async () => {
    const taskQueue = id('q');
    const log = join(scratchDir('timer'), 'activities.log');
    const first = await worker(taskQueue, log);
    const handle = await client.workflow.start('sleeper', { taskQueue, workflowId: id('timer'), args: [800] });
    await eventually(async () => (await handle.describe()).pendingTimers.length === 1, 10_000, 'the timer');
    await first.kill('SIGKILL');
    const fired = await eventually(async () =>
      (await handle.fetchHistory()).events.find((e) => e.eventType === 'TimerFired'), 10_000, 'TimerFired');
    expect((await handle.describe()).status).toBe('RUNNING');
    const backAt = Date.now();
    await worker(taskQueue, log);
    expect(await handle.result()).toBe('woke>after-sleep');
    expect(Date.parse(fired.eventTime)).toBeLessThan(backAt);
  });

  it('heartbeat details survive a worker kill -9: the retried attempt on a new worker resumes from them', async () => {
    const taskQueue = id('q');
    const log = join(scratchDir('heartbeat'), 'activities.log');
    const first = await worker(taskQueue, log);
    const handle = await client.workflow.start('longProgress', { taskQueue, workflowId: id('progress'), args: [30] });
    await eventually(() => readActivityLog(log).some((r) => r.phase === 'step' && (r.values as number[])[0]! >= 12), 20_000, 'progress');
    await first.kill('SIGKILL');
    const lastHeartbeat = await eventually(async () =>
      (await handle.describe()).pendingActivities[0]?.heartbeatDetails as number | undefined, 10_000, 'heartbeat details');
    expect(lastHeartbeat).toBeGreaterThan(0);
    await worker(taskQueue, log);
    const result = await handle.result() as { attempt: number; resumedFrom: number };
    expect(result).toEqual({ attempt: 2, resumedFrom: lastHeartbeat });
    const starts = readActivityLog(log).filter((r) => r.phase === 'start');
    expect(starts.map((r) => [r.attempt, (r.values as number[])[0]])).toEqual([[1, 0], [2, lastHeartbeat]]);
  });

  it('three workers on one task queue share the work, and no activity attempt runs twice', async () => {
    const taskQueue = id('q');
    const log = join(scratchDir('share'), 'activities.log');
    const a = await worker(taskQueue, log);
    const b = await worker(taskQueue, log);
    const c = await worker(taskQueue, log);
    // All three connected: a start goes to a worker with a free slot (round robin), and the run's later tasks and
    // activities mostly stay with it; a worker still connecting would get none.
    await eventually(async () => await metric(server.engine.metrics.registry, 'reprise_workers_connected', { task_queue: taskQueue }) === 3,
      20_000, 'three connected workers');
    const handles = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      client.workflow.start('fanOut', { taskQueue, workflowId: id(`share-${i}`), args: [4] })));
    await Promise.all(handles.map((h) => h.result()));
    const runs = readActivityLog(log);
    expect(runs).toHaveLength(120);
    expect(new Set(runs.map((r) => `${r.workflowId}/${r.activityId}`)).size).toBe(120);
    const pids = new Set(runs.map((r) => r.pid));
    expect(pids).toEqual(new Set([a.proc.pid, b.proc.pid, c.proc.pid]));
    const workflowTaskWorkers = new Set<string>();
    for (const h of handles) {
      for (const e of (await h.fetchHistory()).events) {
        if (e.eventType === 'WorkflowTaskStarted') workflowTaskWorkers.add(e.identity as string);
      }
    }
    expect(workflowTaskWorkers.size).toBe(3);
  });
});

describe('the server killed with kill -9', () => {
  it('while it holds an activity completion for the workflow task it started: the worker resends it, and it is saved once', async () => {
    const databaseUrl = await createDatabase();
    const port = await freePort();
    // A hold of a minute: the completion waits for the task, which runs a local activity of 4 s.
    const args = ['--no-ui', '--completion-hold-ms', '60000'];
    let server = await startServerProcess(databaseUrl, port, args);
    const log = join(scratchDir('hold-kill'), 'activities.log');
    const worker = await startWorkerProcess(server.address, 'q', log);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    let client = await Client.connect({ address: server.address });
    try {
      const workflowId = id('hold-kill');
      await client.workflow.start('stepThenSlowLocal', { taskQueue: 'q', workflowId, args: [4_000] });
      await eventually(() => readActivityLog(log).some((r) => r.type === 'slow' && r.workflowId === workflowId), 20_000, 'the local activity');
      // The step's result is held: not in the database.
      const saved = () => db.query(`SELECT event_type FROM history_events WHERE workflow_id = $1 AND event_type = 'ActivityTaskCompleted'`,
        [workflowId]).then((r) => r.rowCount);
      expect(await saved()).toBe(0);
      await server.child.kill('SIGKILL');
      client.close();
      server = await startServerProcess(databaseUrl, port, args);
      client = await Client.connect({ address: server.address });
      expect(await client.workflow.getHandle(workflowId).result()).toBe('x>one|slow-done>two');
      expect(await saved()).toBe(2); // one result per step
      // The step ran once; its result came from the worker's resend, not from running it again.
      expect(readActivityLog(log).filter((r) => r.type === 'step' && r.workflowId === workflowId)).toHaveLength(2);
    } finally {
      client.close();
      await db.end();
      await worker.kill();
      await server.child.kill('SIGTERM');
    }
  }, 90_000);

  it('restarts on the same data (stopping the Postgres the kill left behind) and the workflow completes', async () => {
    const dir = scratchDir('server-kill');
    const port = await freePort();
    const address = `127.0.0.1:${port}`;
    const uiPort = await freePort();
    const dev = () => spawnNode([CLI, 'dev', '--port', String(port), '--ui-port', String(uiPort), '--db-dir', join(dir, 'db')],
      { REPRISE_LOG_LEVEL: 'info' });
    const log = join(dir, 'activities.log');
    let server = dev();
    let worker: Child | undefined;
    try {
      await server.waitFor('dev server ready', 60_000);
      worker = await startWorkerProcess(address, 'q', log);
      let client = await Client.connect({ address });
      const workflowId = id('server-kill');
      await client.workflow.start('slowMiddle', { taskQueue: 'q', workflowId, args: [1_000] });
      await eventually(() => readActivityLog(log).some((r) => r.type === 'slow'), 20_000, 'the slow activity');
      await server.kill('SIGKILL');
      client.close();
      server = dev();
      await server.waitFor('dev server ready', 60_000);
      expect(server.output()).toContain('stopping a postgres left running by an earlier process');
      client = await Client.connect({ address });
      expect(await client.workflow.getHandle(workflowId).result()).toBe('x>before|slow-done>after');
      const runs = readActivityLog(log).filter((r) => r.workflowId === workflowId);
      expect(runs.filter((r) => r.type === 'step')).toHaveLength(2);
      client.close();
    } finally {
      await worker?.kill();
      await server.kill('SIGTERM');
    }
  });
});
