import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../dist/runtime/embedded-postgres.js';
import { Worker } from 'reprise/worker';
import { createLogger } from '../../dist/runtime/logger.js';
import { CLI, createDatabase, eventually, ROOT, scratchDir, spawnNode } from '../helpers.js';

async function exitOf(child: ReturnType<typeof spawnNode>): Promise<number | null> {
  if (child.proc.exitCode !== null) return child.proc.exitCode;
  return new Promise((r) => child.proc.once('exit', (code) => r(code)));
}

describe('reprise dev', () => {
  it('--sample runs the order-fulfilment sample on an embedded Postgres and stops cleanly on SIGTERM', async () => {
    const dir = scratchDir('dev');
    const port = await freePort();
    // Its own console port: the default (8233) would collide with other test files' dev servers running alongside.
    const dev = spawnNode([CLI, 'dev', '--sample', '--ephemeral', '--port', String(port), '--ui-port', String(await freePort()),
      '--db-dir', join(dir, 'db')]);
    try {
      await dev.waitFor('Press Ctrl+C to stop', 90_000);
      const out = dev.output();
      expect(out).toContain(`Reprise dev server ready at 127.0.0.1:${port}`);
      expect(out).toMatch(/order-\w+-1: shipped \(tracking trk-order-\w+-1\)/);
      expect(out).toMatch(/order-\w+-2: declined \(card declined\)/);
      expect(out).toMatch(/released rsv-order-\w+-2/);
      // A second dev server on the same data is refused, not allowed to stop the first one's Postgres.
      const second = spawnNode([CLI, 'dev', '--port', String(await freePort()), '--ui-port', String(await freePort()),
        '--db-dir', join(dir, 'db')]);
      expect(await exitOf(second)).toBe(1);
      expect(second.output()).toMatch(/is in use by process \d+/);
      dev.proc.kill('SIGTERM');
      // The dev server stops itself, then its Postgres, and exits 0 (embedded-postgres's own signal handlers,
      // which would stop Postgres under the running server and exit 143, are taken off).
      expect(await exitOf(dev)).toBe(0);
      expect(dev.output()).not.toMatch(/connection lost|idle database connection failed/);
      expect(existsSync(join(dir, 'db', 'pgdata'))).toBe(false);
    } finally {
      await dev.kill();
    }
  });
});

describe('exit codes', () => {
  it('a process that loaded the embedded Postgres module keeps the exit code it set (a failed test run exits non-zero)', async () => {
    const module = join(ROOT, 'dist', 'runtime', 'embedded-postgres.js');
    const child = spawnNode(['--input-type=module', '-e', `await import(${JSON.stringify(module)}); process.exitCode = 3;`]);
    expect(await exitOf(child)).toBe(3);
  });
});

describe('reprise server and migrate', () => {
  it('server without DATABASE_URL says what to set and exits 2', async () => {
    const child = spawnNode([CLI, 'server'], { DATABASE_URL: '' });
    expect(await exitOf(child)).toBe(2);
    expect(child.output()).toContain('DATABASE_URL is not set');
  });

  it('server with an unreachable database says which one and exits 1', async () => {
    const port = await freePort();
    const child = spawnNode([CLI, 'server', '--port', '0'], { DATABASE_URL: `postgres://u:secret@127.0.0.1:${port}/x` });
    expect(await exitOf(child)).toBe(1);
    expect(child.output()).toContain(`cannot prepare the database at postgres://u:***@127.0.0.1:${port}/x`);
    expect(child.output()).not.toContain('secret');
  });

  it('migrate applies the schema once', async () => {
    const url = await createDatabase();
    const first = spawnNode([CLI, 'migrate'], { DATABASE_URL: url });
    expect(await exitOf(first)).toBe(0);
    expect(first.output()).toContain('applied: 0001_initial.sql');
    const again = spawnNode([CLI, 'migrate'], { DATABASE_URL: url });
    expect(await exitOf(again)).toBe(0);
    expect(again.output()).toContain('the schema is up to date');
  });
});

describe('reprise workflow (against a running dev server)', () => {
  /** Runs the CLI to its end: exit code, stdout and stderr together. */
  async function cli(...args: string[]): Promise<{ code: number | null; out: string }> {
    const child = spawnNode([CLI, 'workflow', ...args]);
    const code = await exitOf(child);
    return { code, out: child.output() };
  }
  const json = async (...args: string[]) => {
    const r = await cli(...args, '--output', 'json');
    expect(r.code, r.out).toBe(0);
    return JSON.parse(r.out);
  };

  it('list, describe, show, start, signal, query, cancel, terminate and reset, as tables and as JSON', async () => {
    const dir = scratchDir('cli-dev');
    const port = await freePort();
    const dev = spawnNode([CLI, 'dev', '--ephemeral', '--port', String(port), '--ui-port', String(await freePort()), '--db-dir', join(dir, 'db')]);
    let worker: Worker | undefined;
    let running: Promise<void> | undefined;
    try {
      await dev.waitFor('Press Ctrl+C to stop', 90_000);
      expect(dev.output()).toMatch(/Console: {2}http:\/\/127\.0\.0\.1:\d+/);
      const address = `127.0.0.1:${port}`;
      worker = await Worker.create({ address, taskQueue: 'cli', workflowsPath: join(ROOT, 'test', 'fixtures', 'console-workflows.ts'),
        logger: createLogger('test', 'silent'), activities: {
          step: async (n: string) => `done: ${n}`, undo: async () => 'undone', flaky: async () => { throw new Error('down'); },
          hold: async () => new Promise<string>(() => undefined),
        } });
      running = worker.run();
      const at = ['--address', address];

      const started = await json('start', 'approval', '--task-queue', 'cli', '--workflow-id', 'cli-1', '--input', '"order-9"', ...at);
      expect(started).toEqual({ workflowId: 'cli-1', runId: expect.stringMatching(/^[0-9A-Z]{26}$/) });
      const table = await cli('start', 'sleeper', '--task-queue', 'cli', '--workflow-id', 'cli-2', ...at);
      expect(table.out).toMatch(/^started cli-2 \(run [0-9A-Z]{26}\)$/m);

      await eventually(async () => {
        const q = await cli('query', 'cli-1', '--name', 'stage', '--output', 'json', ...at);
        return q.code === 0 && JSON.parse(q.out).answer === 'waiting for approval';
      }, 20_000, 'the approval to wait');

      const listed = await json('list', '--id-prefix', 'cli-', ...at);
      expect(listed.map((w: { workflowId: string }) => w.workflowId)).toEqual(['cli-2', 'cli-1']);
      const listTable = await cli('list', '--status', 'running', '--type', 'approval', ...at);
      expect(listTable.out.split('\n')[0]).toMatch(/^WORKFLOW ID\s+RUN ID\s+TYPE\s+STATUS\s+TASK QUEUE\s+STARTED\s+CLOSED\s+EVENTS\s+ATTENTION$/);
      expect(listTable.out).toMatch(/^cli-1\s+[0-9A-Z]{26}\s+approval\s+RUNNING\s+cli\s/m);
      expect(listTable.out).not.toContain('cli-2');
      const badStatus = await cli('list', '--status', 'sleepy', ...at);
      expect(badStatus.code).not.toBe(0);
      expect(badStatus.out).toContain("'sleepy' is not one of RUNNING");

      const described = await json('describe', 'cli-1', ...at);
      expect(described).toMatchObject({ workflowId: 'cli-1', status: 'RUNNING', type: 'approval', input: ['order-9'], pendingActivities: [] });
      const describeTable = await cli('describe', 'cli-2', ...at);
      expect(describeTable.out).toMatch(/^Status\s+RUNNING$/m);
      expect(describeTable.out).toMatch(/^Pending timers:\nTIMER\s+FIRES AT\n1\s+\d{4}-/m);

      // Acting needs a reason; the reason and who acted are in the history.
      const noReason = await cli('signal', 'cli-1', '--name', 'approve', '--input', '["ops"]', ...at);
      expect(noReason.code).not.toBe(0);
      expect(noReason.out).toContain("required option '--reason <text>' not specified");
      const signalled = await cli('signal', 'cli-1', '--name', 'approve', '--input', '["ops"]', '--reason', 'phoned in',
        '--identity', 'olga', ...at);
      expect(signalled.out.trim()).toBe('signalled cli-1: approve');
      await eventually(async () => (await json('describe', 'cli-1', ...at)).status === 'COMPLETED', 20_000, 'cli-1 to complete');
      const history = await json('show', 'cli-1', ...at);
      expect(history.events.find((e: { eventType: string }) => e.eventType === 'WorkflowExecutionSignaled'))
        .toMatchObject({ signalName: 'approve', reason: 'phoned in', identity: 'olga' });
      const showTable = await cli('show', 'cli-1', ...at);
      expect(showTable.out).toMatch(/^1\s+\S+\s+WorkflowExecutionStarted\s/m);

      // Reset the completed run to its first task: a new run, which gets the approval signal again and completes.
      const reset = await json('reset', 'cli-1', '--event-id', 'first', '--reason', 'redo the reservation', ...at);
      expect(reset).toMatchObject({ workflowId: 'cli-1', eventId: 4, runId: expect.stringMatching(/^[0-9A-Z]{26}$/) });
      const again = await eventually(async () => {
        const d = await json('describe', 'cli-1', ...at);
        return d.runId === reset.runId && d.status === 'COMPLETED' && d;
      }, 20_000, 'the new run to complete');
      expect(again).toMatchObject({ continuedFromRunId: started.runId, result: { order: 'order-9', approvedBy: 'ops' } });

      const cancelled = await cli('cancel', 'cli-2', '--reason', 'not needed', ...at);
      expect(cancelled.out.trim()).toBe('cancellation requested for cli-2');
      await eventually(async () => (await json('describe', 'cli-2', ...at)).status === 'CANCELED', 20_000, 'cli-2 to cancel');
      await cli('start', 'sleeper', '--task-queue', 'cli', '--workflow-id', 'cli-3', ...at);
      const terminated = await json('terminate', 'cli-3', '--reason', 'test over', ...at);
      expect(terminated).toEqual({ workflowId: 'cli-3', terminate: true });
      expect((await json('describe', 'cli-3', ...at)).status).toBe('TERMINATED');
      const notRunning = await cli('terminate', 'cli-3', '--reason', 'again', ...at);
      expect(notRunning.code).toBe(1);
      expect(notRunning.out.trim()).toBe("reprise workflow terminate: workflow 'cli-3' is not running");
      const missing = await cli('describe', 'nope', ...at);
      expect(missing.code).toBe(1);
      expect(missing.out.trim()).toBe("reprise workflow describe: workflow 'nope' not found");
    } finally {
      await worker?.shutdown();
      await running;
      // SIGTERM: the dev server stops its Postgres (a SIGKILL would leave it running).
      await dev.kill('SIGTERM');
    }
  });
});
