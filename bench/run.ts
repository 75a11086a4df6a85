/**
 * `npm run bench`: figures, not assertions. Server, worker and load generator share this machine; the embedded
 * Postgres runs with durability on (fsync and synchronous_commit as shipped).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Client } from 'reprise/client';
import { Worker } from 'reprise/worker';
import { CompleteAsyncError, Context } from 'reprise/activity';
import { historyFromJSON } from '../sdk/internal/history-json.js';
import { startEmbeddedPostgres } from '../runtime/embedded-postgres.js';
import { createLogger } from '../runtime/logger.js';
import { startServer } from '../runtime/server.js';
import { Replayer } from '../worker/replayer.js';
import { sequentialHistory } from './histories.js';

const WORKFLOWS = fileURLToPath(new URL('./workflows.js', import.meta.url));
const QUEUE = 'bench';
let heldToken: string | undefined;
const scale = Number(process.env.BENCH_SCALE ?? 1);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function pool<T>(n: number, concurrency: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) {
      const i = next++;
      out[i] = await fn(i);
    }
  }));
  return out;
}

async function commits(url: string): Promise<{ commits: number; rows: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<{ xact_commit: string; ins: string; upd: string; del: string }>(
    `SELECT xact_commit, tup_inserted AS ins, tup_updated AS upd, tup_deleted AS del FROM pg_stat_database WHERE datname = current_database()`);
  await c.end();
  const r = rows[0]!;
  return { commits: Number(r.xact_commit), rows: Number(r.ins) + Number(r.upd) + Number(r.del) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'reprise-bench-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'db'));
  const db = await startEmbeddedPostgres({ dataDir: join(dir, 'db', 'pgdata'), ephemeral: true });
  const server = await startServer({ databaseUrl: db.url, port: 0, logger: createLogger('bench', 'warn') });
  const worker = await Worker.create({ address: server.address, taskQueue: QUEUE, workflowsPath: WORKFLOWS,
    activities: {
      noop: async (i: number) => i,
      hold: async () => {
        heldToken = Context.current().info.taskToken;
        throw new CompleteAsyncError();
      },
    }, maxConcurrentWorkflowTasks: 8, maxConcurrentActivities: 200,
    logger: createLogger('bench-worker', 'warn') });
  const running = worker.run();
  const client = await Client.connect({ address: server.address });
  const results: Record<string, unknown> = {};
  const row = (name: string, value: string) => console.log(`${name.padEnd(58)} ${value}`);
  try {
    // Warm up.
    await pool(20, 10, (i) => client.workflow.execute('threeActivities', { taskQueue: QUEUE, workflowId: `warm-${i}` }));

    const latencies: number[] = [];
    for (let i = 0; i < 200 * scale; i++) {
      const t0 = performance.now();
      await client.workflow.execute('oneActivity', { taskQueue: QUEUE, workflowId: `lat-${i}` });
      latencies.push(performance.now() - t0);
    }
    latencies.sort((a, b) => a - b);
    results.oneActivityLatencyMs = { p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99) };
    row('one-activity workflow, start to result, one at a time', `p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p90 ${percentile(latencies, 90).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);

    for (const [type, n] of [['oneActivity', 1000 * scale], ['threeActivities', 1000 * scale]] as const) {
      const before = await commits(db.url);
      const t0 = performance.now();
      await pool(n, 100, (i) => client.workflow.execute(type, { taskQueue: QUEUE, workflowId: `${type}-${i}` }));
      const seconds = (performance.now() - t0) / 1000;
      const after = await commits(db.url);
      const perWorkflow = { commits: (after.commits - before.commits) / n, rows: (after.rows - before.rows) / n };
      results[`${type}Throughput`] = { workflows: n, seconds, perSecond: n / seconds, ...perWorkflow };
      row(`${type}: ${n} workflows, 100 in flight`, `${(n / seconds).toFixed(0)} workflows/s ` +
        `(${perWorkflow.commits.toFixed(1)} commits, ${perWorkflow.rows.toFixed(1)} rows written per workflow)`);
    }

    for (const n of [100, 1000]) {
      const handle = await client.workflow.start('sequentialActivities', { taskQueue: QUEUE, workflowId: `seq-${n}`, args: [n] });
      const t0 = performance.now();
      await handle.result();
      const perActivity = (performance.now() - t0) / n;
      results[`sequential${n}`] = { msPerActivity: perActivity };
      row(`${n} sequential activities in one workflow`, `${perActivity.toFixed(2)} ms per activity`);
    }

    // Messages: signals to one running workflow, queries answered by replay on a worker, a fan-out of children.
    const signalled = await client.workflow.start('countSignals', { taskQueue: QUEUE, workflowId: 'signals', args: [500 * scale] });
    const s0 = performance.now();
    for (let i = 0; i < 500 * scale; i++) await signalled.signal('tick');
    const signalMs = (performance.now() - s0) / (500 * scale);
    await signalled.result();
    results.signalMs = signalMs;
    row(`signal, ${500 * scale} sent one at a time to one workflow`, `${signalMs.toFixed(2)} ms per signal (to recorded)`);
    const queried = await client.workflow.start('countSignals', { taskQueue: QUEUE, workflowId: 'queried', args: [1] });
    while (await queried.query('count').then(() => false, () => true)) await new Promise((r) => setTimeout(r, 10)); // first task
    const queryTimes: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      await queried.query('count');
      queryTimes.push(performance.now() - t0);
    }
    await queried.signal('tick');
    queryTimes.sort((a, b) => a - b);
    results.queryMs = { p50: percentile(queryTimes, 50), p99: percentile(queryTimes, 99) };
    row('query of a running workflow (short history)', `p50 ${percentile(queryTimes, 50).toFixed(1)} ms, p99 ${percentile(queryTimes, 99).toFixed(1)} ms`);
    const f0 = performance.now();
    await client.workflow.execute('fanOutChildren', { taskQueue: QUEUE, workflowId: 'fan-out', args: [100] });
    results.fanOut100ChildrenMs = performance.now() - f0;
    row('a parent with 100 children of one activity each', `${(results.fanOut100ChildrenMs as number).toFixed(0)} ms`);

    // Heartbeats straight to the server (the SDK throttles its own to 0.8 x the heartbeat timeout).
    const heldHandle = await client.workflow.start('heldActivity', { taskQueue: QUEUE, workflowId: 'held' });
    while (!heldToken) await new Promise((r) => setTimeout(r, 10));
    const h0 = performance.now();
    for (let i = 0; i < 1000 * scale; i++) await client.activity.heartbeat(heldToken, { progress: i });
    const heartbeatMs = (performance.now() - h0) / (1000 * scale);
    await client.activity.complete(heldToken, 'done');
    await heldHandle.result();
    results.heartbeatMs = heartbeatMs;
    row(`activity heartbeat, ${1000 * scale} sent one at a time`, `${heartbeatMs.toFixed(2)} ms per heartbeat ` +
      `(${(1000 / heartbeatMs).toFixed(0)}/s)`);

    // Replay: whole histories through a fresh sandbox, as the replayer and a worker without a cached run do.
    const replayer = await Replayer.create({ workflowsPath: WORKFLOWS, workflowTaskDeadline: '10m' });
    const replay: Record<string, unknown> = {};
    for (const size of [1_000, 10_000, 100_000]) {
      const history = sequentialHistory(size, `01BENCH${size}`);
      replayer.replay(history); // warm-up
      const rounds = Math.max(1, Math.round(100_000 / size));
      const r0 = performance.now();
      for (let i = 0; i < rounds; i++) {
        const r = replayer.replay(history);
        if (r.error) throw r.error;
      }
      const ms = (performance.now() - r0) / rounds;
      const perEventUs = (ms * 1000) / history.length;
      replay[history.length] = { ms, eventsPerSecond: history.length / (ms / 1000), perEventUs };
      row(`replay a ${history.length}-event history`, `${ms.toFixed(1)} ms, ${(history.length / (ms / 1000)).toFixed(0)} events/s, ` +
        `${perEventUs.toFixed(2)} µs per event`);
    }
    results.replay = replay;

    const samplePath = fileURLToPath(new URL('../examples/order-fulfilment/workflows.js', import.meta.url));
    const b0 = performance.now();
    await Worker.create({ address: server.address, taskQueue: 'bench-sample', workflowsPath: samplePath }); // never run
    results.workerCreateSampleMs = performance.now() - b0;
    row('Worker.create with the sample workflows (esbuild bundle)', `${(results.workerCreateSampleMs as number).toFixed(0)} ms`);
    writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
    console.log('\nwritten: bench-results.json');
  } finally {
    client.close();
    await worker.shutdown();
    await running;
    await server.stop();
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
