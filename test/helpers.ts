import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Registry } from 'prom-client';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { Client } from 'reprise/client';
import { Worker } from 'reprise/worker';
import { Context } from 'reprise/activity';
import { startServer, type RunningServer, type ServerOptions } from '../dist/runtime/server.js';
import { createLogger } from '../dist/runtime/logger.js';
import { freePort } from '../dist/runtime/embedded-postgres.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'runtime', 'cli.js');
export const FIXTURE_WORKFLOWS = join(ROOT, 'test', 'fixtures', 'workflows.ts');
export const WORKER_MAIN = join(ROOT, 'test', 'fixtures', 'worker-main.mjs');

/** A fresh database on the test run's Postgres; returns its connection string. */
export async function createDatabase(): Promise<string> {
  const base = inject('postgresUrl');
  const name = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return base.replace(/\/postgres$/, `/${name}`);
}

/**
 * Inserts runs `from`..`to` of the default namespace straight into `executions` (workflow `${prefix}-i`, run
 * `${prefix}-run-i`, started at time i), to give the planner a table of some size. `status` is an SQL expression
 * of i (completed, 2, by default).
 */
export function insertRuns(db: { query(text: string, values: unknown[]): Promise<unknown> }, prefix: string, from: number, to: number,
  status = '2'): Promise<unknown> {
  return db.query(`INSERT INTO executions (namespace, workflow_id, run_id, workflow_type, task_queue, status, request_id,
      next_event_id, version, start_time, workflow_task_timeout_ms, wft_state, wft_attempt, first_run_id,
      workflow_execution_timeout_ms, workflow_run_timeout_ms, cancel_requested, last_event_time, parent_close_policy, has_children)
    SELECT 'default', $1 || '-' || i, $1 || '-run-' || i, 't', 'q', ${status}, 'req-' || i, 4, 3, i, 10000, 0, 1,
      $1 || '-run-' || i, 0, 0, false, i, 0, false
    FROM generate_series($2::int, $3::int) i`, [prefix, from, to]);
}

/** A new folder under the run's scratch folder, open to the postgres user (which embedded Postgres runs as). */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(inject('scratchDir'), `${prefix}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** A server in this process on a fresh database. */
export async function startTestServer(databaseUrl?: string, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  return startServer({ databaseUrl: databaseUrl ?? await createDatabase(), port: 0, logger: createLogger('test', 'silent'), ...options });
}

/**
 * Registers the hooks of a test file (or describe block) that uses one in-process server and a client: `ready`
 * receives them before the tests; afterwards the `children` processes are killed, the client closed and the
 * server stopped. Hooks a file registers later run after this one's setup and before its teardown.
 */
export function useTestServer(ready: (server: RunningServer, client: Client) => void, children: Child[] = [],
  options: Partial<ServerOptions> = {}): void {
  let server: RunningServer | undefined;
  let client: Client | undefined;
  beforeAll(async () => {
    server = await startTestServer(undefined, options);
    client = await Client.connect({ address: server.address });
    ready(server, client);
  });
  afterAll(async () => {
    await Promise.all(children.map((c) => c.kill()));
    client?.close();
    await server?.stop();
  });
}

export interface Child {
  proc: ChildProcess;
  output(): string;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function spawnNode(args: string[], env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const waiters: (() => void)[] = [];
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const w of waiters.splice(0)) w();
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    proc,
    output: () => out,
    async waitFor(text, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      const has = () => (typeof text === 'string' ? out.includes(text) : text.test(out));
      while (!has()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${text}; output:\n${out}`);
        if (proc.exitCode !== null) throw new Error(`process exited (${proc.exitCode}) before ${text}; output:\n${out}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
    },
    async kill(signal = 'SIGKILL') {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill(signal);
        await exited;
      }
    },
  };
}

/** A worker process on the fixture workflows and activities; activities append to `activityLog`. */
export async function startWorkerProcess(address: string, taskQueue: string, activityLog: string): Promise<Child> {
  const child = spawnNode([WORKER_MAIN, address, taskQueue], { ACTIVITY_LOG: activityLog, REPRISE_LOG_LEVEL: 'warn' });
  await child.waitFor('worker-ready');
  return child;
}

/** `reprise server` as a process on `databaseUrl`, with `args` added to its command line. */
export async function startServerProcess(databaseUrl: string, port?: number, args: string[] = []): Promise<{ child: Child; address: string }> {
  const p = port ?? await freePort();
  const child = spawnNode([CLI, 'server', '--port', String(p), '--host', '127.0.0.1', ...args], { DATABASE_URL: databaseUrl, REPRISE_LOG_LEVEL: 'info' });
  await child.waitFor('reprise server listening');
  return { child, address: `127.0.0.1:${p}` };
}

export interface ActivityRecord {
  type: string;
  workflowId: string;
  activityId: string;
  attempt: number;
  phase: string;
  time: number;
  pid: number;
}

export function readActivityLog(file: string): ActivityRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ActivityRecord);
}

export async function eventually<T>(fn: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The body of an activity that holds on: heartbeats every 50 ms until the workflow cancels it (the cancellation
 * is thrown, as an activity should) or `ticks` heartbeats have passed.
 */
export async function heartbeatUntilCancelled(ticks: number): Promise<void> {
  const ctx = Context.current();
  for (let i = 0; i < ticks; i++) {
    ctx.heartbeat(i);
    if (ctx.cancellationSignal.aborted) throw ctx.cancellationSignal.reason;
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Metrics = Awaited<ReturnType<Registry['getMetricsAsJSON']>>;

/**
 * The sum of a metric's series that carry `labels`, in one reading of a registry's metrics; of a histogram, only
 * its `part` (count, sum, or bucket with an `le` label).
 */
export function sumOf(metrics: Metrics, name: string, labels: Record<string, string>, part?: 'count' | 'sum' | 'bucket'): number {
  const m = metrics.find((x) => x.name === name) as
    { values: { value: number; metricName?: string; labels: Record<string, string | number> }[] } | undefined;
  return (m?.values ?? []).filter((v) => (part === undefined || v.metricName === `${name}_${part}`) &&
    Object.entries(labels).every(([k, l]) => String(v.labels[k]) === l))
    .reduce((sum, v) => sum + v.value, 0);
}

/** sumOf, read now from a registry (a worker's, or a server's engine.metrics.registry). */
export async function metric(registry: Registry, name: string, labels: Record<string, string> = {}, part?: 'count' | 'sum' | 'bucket'): Promise<number> {
  return sumOf(await registry.getMetricsAsJSON(), name, labels, part);
}

/**
 * 30 `threeStepsAndTimer` runs at once through a server of their own with `options` and a worker: their results
 * checked, their histories' event types, and what `read` takes from the server before it stops. For comparing a
 * server option on and off.
 */
export async function threeStepsWorkload<T>(options: Partial<ServerOptions>, read: (server: RunningServer) => Promise<T>):
  Promise<{ histories: string[][]; read: T }> {
  const server = await startTestServer(undefined, options);
  const client = await Client.connect({ address: server.address });
  const taskQueue = `three-steps-${Math.random().toString(36).slice(2, 10)}`;
  const worker = await Worker.create({ address: server.address, taskQueue, workflowsPath: FIXTURE_WORKFLOWS,
    activities: { step: async (name: string, input?: string) => `${name}(${input ?? ''})` }, logger: createLogger('w', 'silent') });
  const running = worker.run();
  try {
    const handles = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      client.workflow.start('threeStepsAndTimer', { taskQueue, workflowId: `${taskQueue}-${i}`, args: [`w${i}`] })));
    expect(await Promise.all(handles.map((h) => h.result()))).toEqual(handles.map((_, i) => `c(b(a(w${i})))`));
    const histories = await Promise.all(handles.map(async (h) => (await h.fetchHistory()).events.map((e) => e.eventType)));
    return { histories, read: await read(server) };
  } finally {
    await worker.shutdown();
    await running;
    client.close();
    await server.stop();
  }
}
