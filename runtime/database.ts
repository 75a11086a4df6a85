import pg from 'pg';
import { ConflictError } from './errors.js';
import type { Logger } from './logger.js';

export type Db = pg.Pool;
export type Tx = pg.PoolClient;

/** A pool that survives the database going away: idle-client errors are logged, not thrown. */
export function createPool(connectionString: string, logger: Logger, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  pool.on('error', (err) => logger.warn({ err: err.message }, 'idle database connection failed'));
  return pool;
}

/**
 * Runs `fn` in a transaction. A ConflictError (a lost optimistic-concurrency race) or a serialization failure
 * rolls back and runs `fn` again, up to `attempts` times.
 */
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

export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const checkedOut = await checkout(db);
    const tx = checkedOut.client;
    let broken = false;
    try {
      await tx.query('BEGIN');
      const result = await fn(tx);
      await tx.query('COMMIT');
      return result;
    } catch (err) {
      try {
        await tx.query('ROLLBACK');
      } catch {
        broken = true;
      }
      const retryable = err instanceof ConflictError || (err as { code?: string }).code === '40001' ||
        (err as { code?: string }).code === '40P01';
      if (!retryable || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    } finally {
      checkedOut.release(broken);
    }
  }
}

// bigint columns hold event ids and unix milliseconds, all far below 2^53: read them as numbers.
pg.types.setTypeParser(20, (v) => Number(v));
