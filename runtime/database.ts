import pg from 'pg';
import { ConflictError } from './errors.js';
import { GroupCommit } from './group-commit.js';
import type { Logger } from './logger.js';
import { statementKind, type RuntimeMetrics } from './metrics.js';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

/**
 * A pool that survives the database going away: idle-client errors are logged, not thrown. With `metrics`, every
 * statement's latency is observed by kind. Its optimistic saves commit in groups unless `groupCommit` is false.
 */
export function createPool(connectionString: string, logger: Logger, max = 10, metrics?: RuntimeMetrics,
  options: { groupCommit?: boolean } = {}): Db {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  if (options.groupCommit !== false) {
    groupCommits.set(pool, new GroupCommit(statementName, { onGroup: (size) => metrics?.dbCommitGroup.observe(size) }));
  }
  // pool.end() lets go of its idle clients before their connections have closed: an error on one of those while
  // the database shuts down too is the end of a connection already given up, not a failure.
  pool.on('error', (err) => {
    if (!(pool as pg.Pool & { ending?: boolean }).ending) logger.warn({ err: err.message }, 'idle database connection failed');
  });
  pool.on('connect', (client) => {
    prepareStatements(client);
    if (metrics) timeQueries(client, metrics);
  });
  return pool;
}

/** Statement names by SQL text, shared by every connection (each prepares a name on its first use). */
const statementNames = new Map<string, string>();

/** The prepared statement name of a SQL text (named on first use). */
export function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `reprise_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

/** Per pool, its group commit of optimistic saves (see inOptimisticTransaction). */
const groupCommits = new WeakMap<Db, GroupCommit>();

/** The SQL of the prepared statements this process has run (the query-plan test explains each one). */
export function preparedStatementTexts(): string[] {
  return [...statementNames.keys()];
}

/**
 * Every statement with parameters runs as a named prepared statement: Postgres parses and plans it once per
 * connection instead of on every call, which is most of the cost of the short statements of the hot path. The
 * runtime's SQL texts are fixed strings, so the set of names stays small.
 */
function prepareStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values, callback] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0) return query(...args);
    // pool.query passes a callback as the third argument.
    if (args.length === 3 && typeof callback === 'function') return query({ name: statementName(text), text, values }, callback);
    if (args.length > 2) return query(...args);
    return query({ name: statementName(text), text, values });
  };
}

function timeQueries(client: pg.PoolClient, metrics: RuntimeMetrics): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const first = args[0];
    const sql = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text ?? '';
    const end = metrics.dbQueries.startTimer({ statement: statementKind(sql) });
    const callback = args[args.length - 1];
    if (typeof callback === 'function') {
      // pool.query passes a callback and gets no promise back.
      args[args.length - 1] = (...results: unknown[]) => {
        end();
        (callback as (...r: unknown[]) => void)(...results);
      };
      return query(...args);
    }
    const result = query(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(() => end(), () => end());
    return result;
  };
}

const commitHooks = new WeakMap<Tx, (() => void)[]>();

/** Per pool, what run-state.ts remembers of the rows it saved (see RunState.load). */
const poolCaches = new WeakMap<Db, Map<string, unknown>>();
/** The pool each transition (inTransaction, inOptimisticTransaction) runs on: its cache and its wake-up are the pool's. */
const txPools = new WeakMap<Tx, Db>();

/**
 * Who wakes the waiters of a pool's runtime instance when a save through the pool commits: the save tags its
 * NOTIFY with `origin` (the instance skips it when Postgres delivers it back) and calls `wake` after the commit.
 */
export interface LocalWakeup {
  origin: string;
  wake(keys: Iterable<string>): void;
}
const localWakeups = new WeakMap<Db, LocalWakeup>();

export function setLocalWakeup(db: Db, wakeup: LocalWakeup): void {
  localWakeups.set(db, wakeup);
}

/** The local wake-up of the pool a transition runs on, if its instance has one. */
export function localWakeupOf(tx: Tx): LocalWakeup | undefined {
  const db = txPools.get(tx);
  return db && localWakeups.get(db);
}

function useCache(db: Db, tx: Tx): void {
  txPools.set(tx, db);
  if (!poolCaches.has(db)) poolCaches.set(db, new Map());
}

/** A pool's cache (see useCache). */
export function poolCacheOf(db: Db): Map<string, unknown> | undefined {
  return poolCaches.get(db);
}

/** The cache of the pool a transition (inTransaction, inOptimisticTransaction) runs on. */
export function cacheOf(tx: Tx): Map<string, unknown> | undefined {
  const db = txPools.get(tx);
  return db && poolCaches.get(db);
}

/** Runs `fn` once the transaction `tx` commits (not at all when it rolls back or runs again). */
export function afterCommit(tx: Tx, fn: () => void): void {
  const hooks = commitHooks.get(tx);
  if (hooks) hooks.push(fn);
  else fn(); // not in a transaction run by inTransaction: nothing to wait for
}

/**
 * Takes away what `tx` would run after its commit (afterCommit), for a later transaction that saves the same
 * writes (a held activity completion, see held-completions.ts).
 */
export function takeCommitHooks(tx: Tx): (() => void)[] {
  return commitHooks.get(tx)?.splice(0) ?? [];
}

/**
 * Checks out a client that cannot crash the process: a connection error that arrives between two queries is
 * kept and the client is discarded on release (pg emits such errors on the client, with nobody listening).
 */
export async function checkout(db: Db): Promise<{ client: Tx; release(broken?: boolean): void }> {
  const client = await db.connect();
  let failed = false;
  const onError = () => { failed = true; };
  client.on('error', onError);
  return {
    client,
    release(broken = false) {
      client.off('error', onError);
      client.release(broken || failed);
    },
  };
}

export async function withClient<T>(db: Db, fn: (client: Tx) => Promise<T>): Promise<T> {
  const c = await checkout(db);
  let broken = false;
  try {
    return await fn(c.client);
  } catch (err) {
    broken = true;
    throw err;
  } finally {
    c.release(broken);
  }
}

/**
 * Runs `fn` in a transaction. A ConflictError (a lost optimistic-concurrency race) or a serialization failure
 * rolls back and runs `fn` again, up to `attempts` times.
 */
export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const checkedOut = await checkout(db);
    const tx = checkedOut.client;
    let broken = false;
    const hooks: (() => void)[] = [];
    commitHooks.set(tx, hooks);
    useCache(db, tx);
    try {
      await tx.query('BEGIN');
      const result = await fn(tx);
      await tx.query('COMMIT');
      commitHooks.delete(tx);
      for (const hook of hooks) hook();
      return result;
    } catch (err) {
      commitHooks.delete(tx);
      try {
        await tx.query('ROLLBACK');
      } catch {
        broken = true;
      }
      if (!isRetryable(err) || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    } finally {
      checkedOut.release(broken);
    }
  }
}

/** A lost optimistic-concurrency race, a serialization failure or a deadlock: running again may succeed. */
function isRetryable(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return err instanceof ConflictError || code === '40001' || code === '40P01';
}

/**
 * Thrown inside an optimistic transition (see inOptimisticTransaction) before a statement it may not run there:
 * nothing has been written yet, and the transition runs again in a transaction.
 */
export class NeedsTransaction extends Error {}

interface OptimisticState {
  /** The one run the transition may write, as `namespace/workflowId/runId`. */
  owner: string;
  /** Set by the owner's save just before its statement. */
  saving: boolean;
  saved: boolean;
  /** Whether the transition read a row from the cache instead of the database (see RunState.load). */
  cached: boolean;
  /** Set when the transition runs again after failing on a cached row: it reads the database. */
  noCache: boolean;
}

const optimisticStates = new WeakMap<Tx, OptimisticState>();

/** In an optimistic transition: the state of its one permitted write. */
export function optimisticState(tx: Tx): OptimisticState | undefined {
  return optimisticStates.get(tx);
}

/** A plain read: a SELECT that locks no row and calls none of the functions with effects the runtime uses. */
const READ_ONLY = /^\s*SELECT\b(?![\s\S]*(\bFOR\s+(UPDATE|SHARE|NO\s+KEY|KEY)\b|\bpg_notify\b|\bpg_advisory|\bnextval\b))/i;

/** Lost races after which an optimistic transition runs in a transaction instead. */
const OPTIMISTIC_RACES = 2;

/**
 * Runs a transition of one run without BEGIN and COMMIT when it can: its reads run on their own (no row locks)
 * and its one write, the save of `owner` (a statement that checks the version read), commits by itself. Any
 * other write, a locking read, or a save of another run throws NeedsTransaction before it runs, and the
 * transition runs again in a transaction (inTransaction). This spends two round trips instead of five on the
 * transitions that write only their own run, which are most of them (completions of activities and workflow
 * tasks); a version conflict runs the transition again, as in a transaction, and a second one runs it in a
 * transaction, which waits for the row lock instead of racing.
 */
export async function inOptimisticTransaction<T>(db: Db, owner: string, fn: (tx: Tx) => Promise<T>, attempts = 12): Promise<T> {
  let noCache = false;
  const group = groupCommits.get(db);
  for (let attempt = 1; ; attempt++) {
    const checkedOut = await checkout(db);
    const client = checkedOut.client;
    const state: OptimisticState = { owner, saving: false, saved: false, cached: false, noCache };
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    const tx = Object.create(client, { query: { value: (...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : '';
      if (state.saved) throw new Error(`a statement after the save of an optimistic transition: ${text.slice(0, 60)}`);
      if (state.saving) {
        state.saving = false;
        state.saved = true;
        // The save commits by itself: with other transitions' saves when they arrive together (group commit).
        const values = args[1];
        if (group && text && Array.isArray(values) && values.length > 0) return group.run(client, text, values);
      } else if (!READ_ONLY.test(text)) {
        throw new NeedsTransaction(text.slice(0, 60));
      }
      return query(...args);
    } } }) as Tx;
    const hooks: (() => void)[] = [];
    commitHooks.set(tx, hooks);
    optimisticStates.set(tx, state);
    useCache(db, tx);
    let fallback = false;
    try {
      const result = await fn(tx);
      for (const hook of hooks) hook();
      return result;
    } catch (err) {
      // A transition that failed on a row from the cache (a stale one: another instance wrote the run) runs
      // again from the database before its error counts.
      if (state.cached && !state.saved && !(err instanceof NeedsTransaction) && !noCache) {
        noCache = true;
        continue;
      }
      if (!(err instanceof NeedsTransaction) && (!isRetryable(err) || attempt >= attempts)) throw err;
      // Lost the race again: others are writing the run now (a burst of child results into their parent). In a
      // transaction the load takes the row lock and waits its turn instead of racing.
      fallback = err instanceof NeedsTransaction || (err instanceof ConflictError && attempt >= OPTIMISTIC_RACES);
    } finally {
      commitHooks.delete(tx);
      checkedOut.release();
    }
    if (fallback) return inTransaction(db, fn, Math.max(1, attempts - attempt));
    await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
  }
}

// bigint columns hold event ids and unix milliseconds, all far below 2^53: read them as numbers.
pg.types.setTypeParser(20, (v) => Number(v));
