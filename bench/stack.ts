/**
 * What the bench scripts run against: an embedded Postgres with durability on (fsync and synchronous_commit as
 * shipped), a server, one worker of the bench workflows and a client, all in this process.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'reprise/client';
import { Worker, type WorkerOptions } from 'reprise/worker';
import { startEmbeddedPostgres } from '../runtime/embedded-postgres.js';
import { createLogger } from '../runtime/logger.js';
import { startServer, type RunningServer, type ServerOptions } from '../runtime/server.js';

export const WORKFLOWS = fileURLToPath(new URL('./workflows.js', import.meta.url));

export interface BenchStack {
  databaseUrl: string;
  server: RunningServer;
  client: Client;
  stop(): Promise<void>;
}

export async function startStack(name: string, worker: Pick<WorkerOptions, 'taskQueue' | 'activities'> & Partial<WorkerOptions>,
  serverOptions: Partial<ServerOptions> = {}): Promise<BenchStack> {
  const dir = mkdtempSync(join(tmpdir(), `reprise-${name}-`));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'db'));
  const db = await startEmbeddedPostgres({ dataDir: join(dir, 'db', 'pgdata'), ephemeral: true });
  // What is up so far, stopped in reverse: on a failure while starting, and by stop().
  const stops: (() => Promise<void> | void)[] = [() => db.stop(), () => rmSync(dir, { recursive: true, force: true })];
  let stopping: Promise<void> | undefined;
  const stopAll = () => (stopping ??= (async () => {
    for (const stop of stops.splice(0)) await stop();
  })());
  try {
    const server = await startServer({ databaseUrl: db.url, port: 0, logger: createLogger(name, 'warn'), ...serverOptions });
    stops.unshift(() => server.stop());
    const w = await Worker.create({ address: server.address, workflowsPath: WORKFLOWS, logger: createLogger(`${name}-worker`, 'warn'), ...worker });
    const running = w.run();
    stops.unshift(async () => {
      await w.shutdown();
      await running;
    });
    const client = await Client.connect({ address: server.address });
    stops.unshift(() => client.close());
    // A reader that goes away (`npm run bench:trace | head -1`) makes the next write fail with EPIPE, which would
    // end the process with its Postgres left running.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') void stopAll().finally(() => process.exit(0));
    });
    return { databaseUrl: db.url, server, client, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
