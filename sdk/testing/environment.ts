/**
 * The test environment: the real Reprise server (the production engine, not a fake) in this process, on an
 * ephemeral embedded Postgres or a fresh database of a Postgres you give, with a client and workers on it.
 * With time skipping, whenever a client waits for a workflow result and nothing can progress but timers (no task
 * queued, no workflow task or activity running), the server's clock jumps to the next timer: a workflow that
 * waits a day finishes in milliseconds.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Client } from '../client/client.js';
import { durationMs, type Duration } from '../common/duration.js';
import type { Clock } from '../../runtime/clock.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../runtime/embedded-postgres.js';
import { createLogger } from '../../runtime/logger.js';
import { startServer, type RunningServer } from '../../runtime/server.js';
import { Worker, type WorkerOptions } from '../../worker/worker.js';

export interface TestEnvironmentOptions {
  /** Jump the clock over waits while a client awaits a result and only timers are left. @default false */
  timeSkipping?: boolean;
  /**
   * A Postgres to use instead of starting an embedded one: a fresh database is created in it for this
   * environment (and left behind). @default an ephemeral embedded Postgres
   */
  databaseUrl?: string;
  /** Server log level. @default 'warn' */
  logLevel?: 'silent' | 'error' | 'warn' | 'info' | 'debug';
}

/** The server's clock: real time plus however far time skipping has moved it. */
class SkippingClock implements Clock {
  offsetMs = 0;
  now(): number {
    return Date.now() + this.offsetMs;
  }
}

const SKIP_CHECK_MS = 5;

export class TestEnvironment {
  private stopped = false;
  private skipper?: Promise<void>;
  private readonly workers = new Set<Worker>();

  private constructor(readonly client: Client, private readonly server: RunningServer, private readonly clock: SkippingClock,
    private readonly database: EmbeddedDatabase | undefined, private readonly dataDir: string | undefined,
    readonly timeSkipping: boolean) {}

  /** host:port of the server, for workers and clients made by hand. */
  get address(): string {
    return this.server.address;
  }

  static async create(options: TestEnvironmentOptions = {}): Promise<TestEnvironment> {
    const logger = createLogger('reprise-test-env', options.logLevel ?? 'warn');
    let database: EmbeddedDatabase | undefined;
    let dataDir: string | undefined;
    let url: string;
    if (options.databaseUrl) {
      url = await freshDatabase(options.databaseUrl);
    } else {
      // The postgres user must reach the data directory (not under a 0700 home): a 0755 folder in the temp dir.
      dataDir = mkdtempSync(join(tmpdir(), 'reprise-test-env-'));
      chmodSync(dataDir, 0o755);
      database = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pgdata'), ephemeral: true, fsync: false, logger });
      url = database.url;
    }
    const clock = new SkippingClock();
    let server: RunningServer | undefined;
    try {
      server = await startServer({ databaseUrl: url, port: 0, clock, logger });
      const client = await Client.connect({ address: server.address });
      const env = new TestEnvironment(client, server, clock, database, dataDir, options.timeSkipping ?? false);
      if (env.timeSkipping) env.skipper = env.skipTime();
      return env;
    } catch (err) {
      await server?.stop();
      await database?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      throw err;
    }
  }

  /** A worker on this environment's server (run it with `worker.run()`; teardown() shuts it down). */
  async createWorker(options: Omit<WorkerOptions, 'address'>): Promise<Worker> {
    const worker = await Worker.create({ ...options, address: this.server.address });
    this.workers.add(worker);
    return worker;
  }

  /** The server's time (ahead of the real time by what time skipping skipped). */
  currentTime(): Date {
    return new Date(this.clock.now());
  }

  /** Moves the server's clock forward (time skipping), or waits for real. Due timers fire. */
  async sleep(duration: Duration): Promise<void> {
    const ms = durationMs(duration, 'sleep');
    if (!this.timeSkipping) {
      await new Promise((r) => setTimeout(r, ms));
      return;
    }
    this.clock.offsetMs += ms;
    this.server.wakeTimers();
    await new Promise((r) => setTimeout(r, 20));
  }

  /**
   * The time-skipping loop: while someone awaits a result and the only work left is timers, move the clock to
   * the earliest one. Each look is one query; the database's state is the truth of what can progress.
   */
  private async skipTime(): Promise<void> {
    while (!this.stopped) {
      await new Promise((r) => setTimeout(r, SKIP_CHECK_MS));
      if (this.server.resultWaiters() === 0) continue;
      try {
        const { rows } = await this.server.db.query<{ busy: boolean; next: number | null }>(`SELECT
          EXISTS (SELECT 1 FROM tasks) OR EXISTS (SELECT 1 FROM executions WHERE status = 1 AND wft_state = 2)
            OR EXISTS (SELECT 1 FROM activities WHERE state = 2) AS busy,
          (SELECT min(fire_time) FROM timers) AS next`);
        const { busy, next } = rows[0]!;
        const now = this.clock.now();
        if (!busy && next !== null && next > now) {
          this.clock.offsetMs += next - now;
          this.server.wakeTimers();
        }
      } catch {
        if (this.stopped) return; // the database went away during teardown
      }
    }
  }

  /** Shuts down the workers it made, the client, the server and the embedded database. */
  async teardown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.skipper;
    await Promise.all([...this.workers].map((w) => w.shutdown()));
    this.client.close();
    await this.server.stop();
    await this.database?.stop();
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

async function freshDatabase(baseUrl: string): Promise<string> {
  const name = `reprise_env_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
