import type { Db } from './database.js';
import type { HistoryEngine } from './history-engine.js';
import { queueKey, type Notifier } from './notifier.js';
import { v1 } from '../proto/index.js';

/** How long a waiter sleeps before looking at its queue again even without a wake-up (a safety net). */
const RECHECK_MS = 5_000;

export type TaskKindName = 'workflow' | 'activity';

const limitKey = (ns: string, queue: string) => `${ns}\u0000${queue}`;

/** Milliseconds on the database's clock, so that every runtime instance reads the same time. */
const DB_NOW = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;
/** The bucket's tokens now, capped at its burst of max(1, rate). */
const AVAILABLE = `LEAST(GREATEST(rate, 1), tokens + (${DB_NOW} - updated_at) * rate / 1000)`;
/** How long an instance trusts what it read about a queue's limit (a limit set through another instance). */
const LIMIT_CACHE_MS = 5_000;

/**
 * Activity rate limits per task queue, shared by all runtime instances through one row per limited queue (a token
 * bucket). A token is taken before a claim and given back when the queue had nothing, so racing claims never
 * exceed the limit. Queues without a limit cost one cached lookup every few seconds.
 */
class RateLimits {
  private readonly known = new Map<string, { rate: number; readAt: number }>();

  constructor(private readonly db: Db) {}

  async set(ns: string, queue: string, rate: number): Promise<void> {
    await this.db.query(`INSERT INTO task_queue_rate_limits (namespace, task_queue, rate, tokens, updated_at)
      VALUES ($1, $2, $3::float8, GREATEST($3::float8, 1), ${DB_NOW})
      ON CONFLICT (namespace, task_queue) DO UPDATE SET rate = $3::float8,
        tokens = LEAST(GREATEST($3::float8, 1), task_queue_rate_limits.tokens)`, [ns, queue, rate]);
    this.known.set(limitKey(ns, queue), { rate, readAt: Date.now() });
  }

  async limited(ns: string, queue: string): Promise<boolean> {
    const key = limitKey(ns, queue);
    const cached = this.known.get(key);
    if (cached && Date.now() - cached.readAt < LIMIT_CACHE_MS) return cached.rate > 0;
    const { rows } = await this.db.query<{ rate: number }>(
      'SELECT rate FROM task_queue_rate_limits WHERE namespace = $1 AND task_queue = $2', [ns, queue]);
    const rate = rows[0]?.rate ?? 0;
    this.known.set(key, { rate, readAt: Date.now() });
    return rate > 0;
  }

  /** Takes a token: 0 when taken, undefined when the queue has no limit, else the ms until one is available. */
  async take(ns: string, queue: string): Promise<number | undefined> {
    if (!await this.limited(ns, queue)) return undefined;
    const { rows } = await this.db.query<{ taken: boolean; wait: number }>(`WITH b AS (
        SELECT ${AVAILABLE} AS available, rate FROM task_queue_rate_limits WHERE namespace = $1 AND task_queue = $2 FOR UPDATE),
      u AS (UPDATE task_queue_rate_limits t SET tokens = b.available - 1, updated_at = ${DB_NOW} FROM b
        WHERE t.namespace = $1 AND t.task_queue = $2 AND b.available >= 1 RETURNING 1)
      SELECT EXISTS (SELECT 1 FROM u) AS taken, COALESCE((SELECT CEIL((1 - available) * 1000 / rate) FROM b), 0) AS wait`, [ns, queue]);
    const row = rows[0];
    return !row || row.taken ? 0 : Math.max(1, Number(row.wait));
  }

  /** 0 when a token is available now, else the ms until one is (takes nothing). */
  async wait(ns: string, queue: string): Promise<number> {
    if (!await this.limited(ns, queue)) return 0;
    const { rows } = await this.db.query<{ available: number; rate: number }>(
      `SELECT ${AVAILABLE} AS available, rate FROM task_queue_rate_limits WHERE namespace = $1 AND task_queue = $2`, [ns, queue]);
    const row = rows[0];
    return !row || row.available >= 1 ? 0 : Math.max(1, Math.ceil(((1 - row.available) * 1000) / row.rate));
  }

  async giveBack(ns: string, queue: string): Promise<void> {
    await this.db.query(`UPDATE task_queue_rate_limits SET tokens = LEAST(GREATEST(rate, 1), tokens + 1)
      WHERE namespace = $1 AND task_queue = $2`, [ns, queue]);
  }
}

/**
 * Matching: hands tasks of a queue to whoever waits on it. `poll` waits (long poll) until a task is claimed,
 * the deadline passes or the caller goes away. A wake-up that arrives between "found nothing" and "start
 * waiting" is not lost, because the waiter reads the queue's version before it looks.
 */
export class Matching {
  /** Activity rate limits by task queue, set by the workers of the queue, shared by all runtime instances. */
  private readonly limits: RateLimits;

  constructor(private readonly engine: HistoryEngine, private readonly notifier: Notifier, db: Db) {
    this.limits = new RateLimits(db);
  }

  /** Limits the activities handed out on a task queue, by all runtime instances together, to `perSecond`. */
  setActivityRateLimit(ns: string, queue: string, perSecond: number): Promise<void> {
    return this.limits.set(ns, queue, perSecond);
  }

  /** Whether the queue's activities are rate limited (then every one goes through the token bucket). */
  activityLimited(ns: string, queue: string): Promise<boolean> {
    return this.limits.limited(ns, queue);
  }

  /** 0 when an activity of the queue may be handed out now, else the ms until the rate limit allows one. */
  activityDelay(ns: string, queue: string): Promise<number> {
    return this.limits.wait(ns, queue);
  }

  async tryClaim(kind: 'workflow', ns: string, queue: string, identity: string): Promise<v1.IWorkflowTask | undefined>;
  async tryClaim(kind: 'activity', ns: string, queue: string, identity: string): Promise<v1.IActivityTask | undefined>;
  async tryClaim(kind: TaskKindName, ns: string, queue: string, identity: string) {
    if (kind === 'workflow') return this.engine.pollWorkflowTask(ns, queue, identity);
    const wait = await this.limits.take(ns, queue);
    if (wait !== undefined && wait > 0) return undefined;
    const task = await this.engine.pollActivityTask(ns, queue, identity);
    if (!task && wait === 0) await this.limits.giveBack(ns, queue);
    return task;
  }

  /** Whether the queue holds a task (one statement; see queueHasTask). */
  hasWork(kind: TaskKindName, ns: string, queue: string): Promise<boolean> {
    return this.engine.hasQueuedTask(ns, queue, kind);
  }

  version(kind: TaskKindName, ns: string, queue: string): number {
    return this.notifier.version(queueKey(ns, queue, kind));
  }

  /** Waits until the queue's version moves past `seen`, at most `ms` (or until `signal` aborts). */
  waitForWork(kind: TaskKindName, ns: string, queue: string, seen: number, ms: number, signal?: AbortSignal): Promise<void> {
    return this.notifier.waitForChange(queueKey(ns, queue, kind), seen, ms, signal);
  }

  async poll(kind: 'workflow', ns: string, queue: string, identity: string, waitMs: number, signal: AbortSignal): Promise<v1.IWorkflowTask | undefined>;
  async poll(kind: 'activity', ns: string, queue: string, identity: string, waitMs: number, signal: AbortSignal): Promise<v1.IActivityTask | undefined>;
  async poll(kind: TaskKindName, ns: string, queue: string, identity: string, waitMs: number, signal: AbortSignal) {
    const deadline = Date.now() + waitMs;
    while (!signal.aborted) {
      const seen = this.version(kind, ns, queue);
      const task = await this.tryClaim(kind as 'workflow', ns, queue, identity);
      if (task) return task;
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      const limited = kind === 'activity' ? await this.activityDelay(ns, queue) : 0;
      if (limited > 0) await new Promise((r) => setTimeout(r, Math.min(limited, left)));
      else await this.waitForWork(kind, ns, queue, seen, Math.min(left, RECHECK_MS), signal); // then it looks again
    }
    return undefined;
  }
}
