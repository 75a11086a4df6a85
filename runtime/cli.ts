#!/usr/bin/env node
/** The `reprise` command: dev server, server, migrations, and the tools that look at a server's workflows. */
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { handleShutdownSignalsYourself, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { createLogger } from './logger.js';
import { replayCommand } from './commands/replay.js';
import { workflowCommand } from './commands/workflow.js';
import { migrate } from './migrate.js';
import { DEFAULT_CONSOLE_PORT, DEFAULT_PORT, redact, startServer, type RunningServer } from './server.js';

const logger = createLogger('reprise');

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

function milliseconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number of milliseconds, 0 or more');
  return n;
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set: give the Postgres connection string, e.g.\n' +
      '  DATABASE_URL=postgres://user:password@localhost:5432/reprise reprise server\n' +
      'or run `reprise dev` for a server on an embedded Postgres.');
    process.exit(2);
  }
  return url;
}

/** Stops everything once on SIGINT/SIGTERM, in order. */
function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Ctrl+C in a terminal signals the whole process group, the dev server's Postgres too, which then stops under
    // the running server: the connection warnings that follow are expected, not news.
    logger.level = 'error';
    stop().then(() => process.exit(0), (err) => {
      logger.error({ err: (err as Error).message }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  handleShutdownSignalsYourself();
}

const program = new Command('reprise')
  .description('Reprise: durable execution for TypeScript')
  .showHelpAfterError();

program.command('dev')
  .description('run a server on an embedded Postgres (nothing to install)')
  .option('--port <port>', 'gRPC port', port, DEFAULT_PORT)
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .option('--ui-port <port>', 'port of the web console, its JSON API and /metrics', port, DEFAULT_CONSOLE_PORT)
  .option('--no-ui', 'do not serve the web console')
  .option('--db-dir <dir>', 'where the embedded Postgres keeps its data', '.reprise')
  .option('--ephemeral', 'delete the data when the server stops')
  .option('--sample', 'also run the order-fulfilment sample (a worker and two orders)')
  .action(async (opts: { port: number; host: string; uiPort: number; ui: boolean; dbDir: string; ephemeral?: boolean; sample?: boolean }) => {
    const dataDir = resolve(opts.dbDir, 'pgdata');
    let db: EmbeddedDatabase | undefined;
    let server: RunningServer | undefined;
    let stopSample: (() => Promise<void>) | undefined;
    onShutdown(async () => {
      await stopSample?.();
      await server?.stop();
      await db?.stop();
    });
    try {
      console.log(`Starting Postgres in ${dataDir} ...`);
      db = await startEmbeddedPostgres({ dataDir, ephemeral: opts.ephemeral, logger });
      server = await startServer({ databaseUrl: db.url, port: opts.port, host: opts.host, logger,
        consolePort: opts.ui ? opts.uiPort : undefined });
    } catch (err) {
      console.error(`reprise dev: ${(err as Error).message}`);
      await server?.stop().catch(() => undefined);
      await db?.stop().catch(() => undefined);
      process.exit(1);
    }
    console.log(`\nReprise dev server ready at ${server.address}${opts.ephemeral ? ' (ephemeral data)' : ''}`);
    console.log(`  Database: ${redact(db.url)} (data in ${dataDir})`);
    console.log(`  Connect:  Client.connect({ address: '${server.address}' })`);
    if (server.consoleUrl) console.log(`  Console:  ${server.consoleUrl}  (metrics at ${server.consoleUrl}/metrics)`);
    if (opts.sample) {
      const { startSampleWorker, runSampleOrders } = await import('../examples/order-fulfilment/run.js');
      const worker = await startSampleWorker(server.address);
      const running = worker.run();
      stopSample = async () => {
        await worker.shutdown();
        await running;
      };
      console.log('\nRunning the order-fulfilment sample (examples/order-fulfilment): two orders, the second card is declined');
      try {
        await runSampleOrders(server.address, (line) => console.log(line));
        console.log('\nThe histories are in Postgres and outlive this process. Look at one from your own code:\n' +
          `  (await Client.connect({ address: '${server.address}' })).workflow.getHandle('<workflow id>').fetchHistory()\n` +
          'The README shows how to write a workflow, a worker and a client.');
      } catch (err) {
        console.error(`sample failed: ${(err as Error).message}`);
      }
    }
    console.log('\nPress Ctrl+C to stop.');
  });

program.command('server')
  .description('run a server on the Postgres named by DATABASE_URL')
  .option('--port <port>', 'gRPC port', port, DEFAULT_PORT)
  .option('--host <host>', 'address to listen on', '0.0.0.0')
  .option('--ui-port <port>', 'port of the web console, its JSON API and /metrics', port, DEFAULT_CONSOLE_PORT)
  .option('--no-ui', 'do not serve the web console (nor /metrics)')
  .option('--completion-hold-ms <ms>', 'how long an activity completion waits, unsaved, for the workflow task it ' +
    'started on the same worker, to be saved with it (0: saved at once)', milliseconds, 1000)
  .action(async (opts: { port: number; host: string; uiPort: number; ui: boolean; completionHoldMs: number }) => {
    try {
      const server = await startServer({ databaseUrl: databaseUrl(), port: opts.port, host: opts.host, logger,
        consolePort: opts.ui ? opts.uiPort : undefined, completionHoldMs: opts.completionHoldMs });
      onShutdown(() => server.stop());
    } catch (err) {
      console.error(`reprise server: ${(err as Error).message}`);
      process.exit(1);
    }
  });

program.command('migrate')
  .description('apply the pending schema migrations to the Postgres named by DATABASE_URL')
  .action(async () => {
    try {
      const applied = await migrate(databaseUrl());
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the schema is up to date');
    } catch (err) {
      console.error(`reprise migrate: ${(err as Error).message}`);
      process.exit(1);
    }
  });

program.addCommand(workflowCommand());
program.addCommand(replayCommand());

await program.parseAsync(process.argv);
