import { Server, ServerCredentials } from '@grpc/grpc-js';
import type { Server as HttpServer } from 'node:http';
import { workerServiceDefinition, workflowServiceDefinition } from '../proto/index.js';
import { systemClock, type Clock } from './clock.js';
import { startConsole } from './console/api.js';
import { createPool, setLocalWakeup, type Db } from './database.js';
import { HistoryEngine } from './history-engine.js';
import { createLogger, type Logger } from './logger.js';
import { Matching } from './matching.js';
import { migrate } from './migrate.js';
import { Notifier, TIMERS_KEY } from './notifier.js';
import { LocalWorkers } from './local-workers.js';
import { RuntimeMetrics } from './metrics.js';
import { PlannerStatistics } from './planner-statistics.js';
import { TimerQueue } from './timer-queue.js';
import { Visibility } from './visibility.js';
import { workerService } from './worker-service.js';
import { workflowService } from './workflow-service.js';

export interface ServerOptions {
  /** Postgres connection string. */
  databaseUrl: string;
  /** gRPC port; 0 picks a free one. @default 7233 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  logger?: Logger;
  clock?: Clock;
  /** Apply pending migrations before serving. @default true */
  migrate?: boolean;
  /** History length past which workflowInfo().continueAsNewSuggested is true. @default 10000 */
  continueAsNewSuggestedEvents?: number;
  /** Each multiple of this many events in one run's history is logged as a warning. @default 20000 */
  historySizeWarningEvents?: number;
  /** Events per page of history in workflow and query tasks. @default 1000 */
  historyPageSize?: number;
  /** How long a workflow task waits on a worker's sticky queue before any worker may take it. @default 5000 */
  stickyScheduleToStartMs?: number;
  /** The console's HTTP port (web UI, JSON API, /metrics); 0 picks a free one. No console when absent. */
  consolePort?: number;
  /** @default the gRPC host */
  consoleHost?: string;
  /**
   * Saves of optimistic transitions that arrive together commit together, in one transaction (group commit,
   * runtime/group-commit.ts). @default true
   */
  groupCommit?: boolean;
  /**
   * A start hands the run's first workflow task straight to a worker connected to this instance that has a
   * workflow slot free at that moment, as a start with `eagerStart` does, whether or not the client asked: one
   * claim transaction and one wake-up fewer. A worker keeps slots free only while it finds its queues empty, so a
   * start does not overtake a backlog. False: only starts that ask get it. @default true
   */
  eagerStartWhenFree?: boolean;
  /**
   * How long an activity's completion that starts the run's next workflow task for the same worker (eagerly, on
   * its stream) waits, unsaved and unacknowledged, for that task's completion, to be saved with it in one statement
   * (runtime/held-completions.ts). 0 saves it at once. @default 1000
   */
  completionHoldMs?: number;
}

export interface RunningServer {
  /** host:port the gRPC service listens on. */
  address: string;
  port: number;
  /** http://host:port of the console (web UI, /api, /metrics), when it runs. */
  consoleUrl?: string;
  db: Db;
  engine: HistoryEngine;
  /** How many clients are waiting for a workflow result right now (the time-skipping test environment asks). */
  resultWaiters(): number;
  /** Makes the timer queue look at the timers now (after the clock moved). */
  wakeTimers(): void;
  stop(): Promise<void>;
}

export const DEFAULT_PORT = 7233;
export const DEFAULT_CONSOLE_PORT = 8233;

/** Starts the history service: migrations, the database pool, notifications, timers and the gRPC services. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger('reprise-server');
  const clock = options.clock ?? systemClock;
  if (options.migrate !== false) {
    try {
      const applied = await migrate(options.databaseUrl);
      if (applied.length) logger.info({ applied }, 'migrations applied');
    } catch (err) {
      throw new Error(`cannot prepare the database at ${redact(options.databaseUrl)}: ${(err as Error).message}`);
    }
  }
  const host = options.host ?? '127.0.0.1';
  // Channelz (gRPC's introspection service) is not served here, and its per-call and per-message bookkeeping cost
  // 4-11% of a unary call's CPU and 5% of a stream message's, measured here.
  const server = new Server({ 'grpc.keepalive_permit_without_calls': 1, 'grpc.keepalive_time_ms': 30_000, 'grpc.enable_channelz': 0 });
  // Bind first: a port in use fails here, before anything else is started.
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${options.port ?? DEFAULT_PORT}`, ServerCredentials.createInsecure(),
      (err, p) => (err ? reject(new Error(`cannot listen on ${host}:${options.port ?? DEFAULT_PORT}: ${err.message}`)) : resolve(p))));
  const metrics = new RuntimeMetrics();
  const db = createPool(options.databaseUrl, logger, 10, metrics, { groupCommit: options.groupCommit });
  metrics.watchOpenWorkflows(db);
  const notifier = new Notifier(options.databaseUrl, logger);
  try {
    await notifier.start();
  } catch (err) {
    server.forceShutdown();
    await db.end();
    throw new Error(`cannot listen for notifications on ${redact(options.databaseUrl)}: ${(err as Error).message}`);
  }
  setLocalWakeup(db, { origin: notifier.origin, wake: (keys) => notifier.wakeLocal(keys) });
  const engine = new HistoryEngine(db, clock, logger, { continueAsNewSuggestedEvents: options.continueAsNewSuggestedEvents,
    historySizeWarningEvents: options.historySizeWarningEvents, historyPageSize: options.historyPageSize,
    stickyScheduleToStartMs: options.stickyScheduleToStartMs, completionHoldMs: options.completionHoldMs, metrics });
  const visibility = new Visibility(db, clock);
  const matching = new Matching(engine, notifier, db);
  const workers = new LocalWorkers();
  const timers = new TimerQueue(engine, notifier, clock, logger);
  const statistics = new PlannerStatistics(db, logger);
  const waiting = { results: 0 };
  const deps = { engine, visibility, notifier, workers, logger, waiting, eagerStartWhenFree: options.eagerStartWhenFree };
  server.addService(workflowServiceDefinition, workflowService(deps));
  server.addService(workerServiceDefinition, workerService(engine, matching, workers, logger));
  let consoleServer: HttpServer | undefined;
  let consoleUrl: string | undefined;
  if (options.consolePort !== undefined) {
    const consoleHost = options.consoleHost ?? host;
    try {
      const started = await startConsole({ ...deps, metrics }, { port: options.consolePort, host: consoleHost });
      consoleServer = started.server;
      consoleUrl = `http://${consoleHost.includes(':') ? `[${consoleHost}]` : consoleHost}:${started.port}`;
    } catch (err) {
      server.forceShutdown();
      await notifier.close();
      await db.end();
      throw err;
    }
  }
  timers.start();
  statistics.start();
  logger.info({ address: `${host}:${port}`, console: consoleUrl }, 'reprise server listening');

  let stopped = false;
  return {
    address: `${host}:${port}`, port, consoleUrl, db, engine,
    resultWaiters: () => waiting.results,
    wakeTimers: () => notifier.bump(TIMERS_KEY),
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 2_000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
      if (consoleServer) {
        consoleServer.closeAllConnections();
        await new Promise<void>((resolve) => consoleServer!.close(() => resolve()));
      }
      await timers.stop();
      await statistics.stop();
      await notifier.close();
      await db.end();
    },
  };
}

/** The connection string without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
