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
  const server = await startServer({ databaseUrl: db.url, port: 0, logger: createLogger(name, 'warn'), ...serverOptions });
  const w = await Worker.create({ address: server.address, workflowsPath: WORKFLOWS, logger: createLogger(`${name}-worker`, 'warn'), ...worker });
  const running = w.run();
  const client = await Client.connect({ address: server.address });
  return {
    databaseUrl: db.url, server, client,
    async stop() {
      client.close();
      await w.shutdown();
      await running;
      await server.stop();
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
