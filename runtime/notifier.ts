import pg from 'pg';
import type { Logger } from './logger.js';
import type { Tx } from './database.js';

const CHANNEL = 'reprise';
/** Keys with a version of their own, at most (see Notifier.forget). */
const MAX_KEYS = 10_000;

/**
 * Wake-ups between runtime instances. Writers call `notify(tx, key)` inside their transaction (Postgres delivers
 * it on commit, to every instance's LISTEN connection); waiters read `version(key)` before they look for work and
 * `waitForChange(key, version)` after finding none, so a wake-up between the two is never missed.
 */
export class Notifier {
  /**
   * Marks the notifications of saves made through this instance's pool: it wakes its own waiters as soon as such
   * a save commits (wakeLocal), so it skips them when Postgres delivers them back.
   */
  readonly origin = `@${process.pid}.${Math.random().toString(36).slice(2, 12)}`;
  /**
   * Each key's version: the stamp of its last bump, from one sequence for all keys. Keys come per workflow
   * (`closed:...`, `update:...`), so the map is emptied from time to time (see forget): a key without an entry
   * reads as `floor`.
   */
  private readonly versions = new Map<string, number>();
  private stamp = 0;
  private floor = 0;
  private readonly waiters = new Map<string, Set<() => void>>();
  private client?: pg.Client;
  private closed = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(private readonly connectionString: string, private readonly logger: Logger) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (msg) => {
      if (!msg.payload) return;
      const keys = msg.payload.split('\n');
      if (keys[0]!.startsWith('@')) {
        if (keys[0] === this.origin) return; // woken already, at the commit (wakeLocal)
        keys.shift();
      }
      for (const key of keys) this.bump(key);
    });
    client.on('error', (err) => {
      this.logger.warn({ err: err.message }, 'notification connection lost; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    // Anything may have happened while we were not listening: wake every waiter to look again.
    for (const key of [...this.waiters.keys()]) this.bump(key);
  }

  private scheduleReconnect(): void {
    const old = this.client;
    this.client = undefined;
    old?.end().catch(() => undefined);
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connect().catch((err) => {
        this.logger.warn({ err: (err as Error).message }, 'notification connection still down');
        this.scheduleReconnect();
      });
    }, 500);
  }

  static readonly CHANNEL = CHANNEL;

  /**
   * The NOTIFY payload that wakes the waiters of `keys` ('' for none); with `origin`, the notifier of that
   * origin skips it (it woke its waiters itself).
   */
  static payload(keys: Iterable<string>, origin?: string): string {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return '';
    return (origin ? [origin, ...unique] : unique).join('\n');
  }

  /** Wakes this instance's waiters of `keys` (a save tagged with this origin committed). */
  wakeLocal(keys: Iterable<string>): void {
    for (const key of new Set(keys)) this.bump(key);
  }

  /** Queues a wake-up for `key`, sent when `tx` commits. */
  static async notify(tx: Tx, keys: Iterable<string>): Promise<void> {
    const payload = Notifier.payload(keys);
    if (payload) await tx.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
  }

  /** Wakes local waiters at once (the commit's NOTIFY reaches the other instances). */
  bump(key: string): void {
    this.versions.set(key, ++this.stamp);
    if (this.versions.size > MAX_KEYS) this.forget();
    const set = this.waiters.get(key);
    if (set) {
      this.waiters.delete(key);
      for (const wake of set) wake();
    }
  }

  version(key: string): number {
    return this.versions.get(key) ?? this.floor;
  }

  /** How many keys have a version of their own (the rest read as the floor). */
  get keysTracked(): number {
    return this.versions.size;
  }

  /**
   * Forgets every key's version and raises the floor, which keys without an entry read as, to the last stamp
   * given. A key's version therefore never goes down and changes at every bump: one that read a version before
   * sees a change (and looks once more, for nothing), and no one misses a bump; waiters wait in `waiters`, which
   * this leaves alone. Without it the map would hold two keys of every workflow whose result was ever awaited.
   */
  private forget(): void {
    this.versions.clear();
    this.floor = this.stamp;
  }

  /** Resolves when `key` has moved past `seen`, after `timeoutMs`, or when `signal` aborts. */
  waitForChange(key: string, seen: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (this.version(key) !== seen || signal?.aborted || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      let set = this.waiters.get(key);
      if (!set) this.waiters.set(key, (set = new Set()));
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.waiters.get(key)?.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal?.addEventListener('abort', done);
      set.add(done);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    for (const key of [...this.waiters.keys()]) this.bump(key);
    await this.client?.end().catch(() => undefined);
  }
}

export const queueKey = (namespace: string, taskQueue: string, kind: 'workflow' | 'activity') =>
  `q:${kind}:${namespace}:${taskQueue}`;
export const closedKey = (namespace: string, workflowId: string) => `closed:${namespace}:${workflowId}`;
/** Woken when an update of the workflow ID completes (or its run closes). */
export const updateKey = (namespace: string, workflowId: string) => `update:${namespace}:${workflowId}`;
export const TIMERS_KEY = 'timers';
