import type { HistoryEngine } from './history-engine.js';
import { queueKey, type Notifier } from './notifier.js';
import { v1 } from '../proto/index.js';

/** How long a waiter sleeps before looking at its queue again even without a wake-up (a safety net). */
const RECHECK_MS = 5_000;

export type TaskKindName = 'workflow' | 'activity';

const limitKey = (ns: string, queue: string) => `${ns}\u0000${queue}`;

/**
 * A token bucket: `rate` tokens a second, holding at most max(1, rate). Tokens are taken before a claim and given
 * back when the queue had nothing, so a limit is never exceeded by claims racing each other.
 */
class RateLimit {
  private tokens: number;
  private at = Date.now();

  constructor(public rate: number) {
    this.tokens = this.burst;
  }

  private get burst(): number {
    return Math.max(1, this.rate);
  }

  private refill(): void {
    const now = Date.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) * this.rate) / 1_000);
    this.at = now;
  }

  /** 0 when a token is available now, else how many ms until one is. */
  wait(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.max(1, Math.ceil(((1 - this.tokens) * 1_000) / this.rate));
  }

  /** Takes a token, or returns how many ms until one is available. */
  take(): number {
    const wait = this.wait();
    if (wait === 0) this.tokens -= 1;
    return wait;
  }

  giveBack(): void {
    this.tokens = Math.min(this.burst, this.tokens + 1);
  }
}

/**
 * Matching: hands tasks of a queue to whoever waits on it. `poll` waits (long poll) until a task is claimed,
 * the deadline passes or the caller goes away. A wake-up that arrives between "found nothing" and "start
 * waiting" is not lost, because the waiter reads the queue's version before it looks.
 */
export class Matching {
  /** Activity rate limits by task queue, set by the workers of the queue (this runtime instance's share). */
  private readonly limits = new Map<string, RateLimit>();

  constructor(private readonly engine: HistoryEngine, private readonly notifier: Notifier) {}

  /** Limits the activities handed out on a task queue to `perSecond` (0 removes the limit). */
  setActivityRateLimit(ns: string, queue: string, perSecond: number): void {
    const key = limitKey(ns, queue);
    if (!(perSecond > 0)) this.limits.delete(key);
    else if (this.limits.has(key)) this.limits.get(key)!.rate = perSecond;
    else this.limits.set(key, new RateLimit(perSecond));
  }

  /** 0 when an activity of the queue may be handed out now, else the ms until the rate limit allows one. */
  activityDelay(ns: string, queue: string): number {
    return this.limits.get(limitKey(ns, queue))?.wait() ?? 0;
  }

  async tryClaim(kind: 'workflow', ns: string, queue: string, identity: string): Promise<v1.IWorkflowTask | undefined>;
  async tryClaim(kind: 'activity', ns: string, queue: string, identity: string): Promise<v1.IActivityTask | undefined>;
  async tryClaim(kind: TaskKindName, ns: string, queue: string, identity: string) {
    if (kind === 'workflow') return this.engine.pollWorkflowTask(ns, queue, identity);
    const limit = this.limits.get(limitKey(ns, queue));
    if (limit && limit.take() > 0) return undefined;
    const task = await this.engine.pollActivityTask(ns, queue, identity);
    if (!task) limit?.giveBack();
    return task;
  }

  version(kind: TaskKindName, ns: string, queue: string): number {
    return this.notifier.version(queueKey(ns, queue, kind));
  }

  /** Waits until the queue's version moves past `seen` (at most `ms`, and never past the recheck interval). */
  waitForWork(kind: TaskKindName, ns: string, queue: string, seen: number, ms: number, signal?: AbortSignal): Promise<void> {
    return this.notifier.waitForChange(queueKey(ns, queue, kind), seen, Math.min(ms, RECHECK_MS), signal);
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
      const limited = kind === 'activity' ? this.activityDelay(ns, queue) : 0;
      if (limited > 0) await new Promise((r) => setTimeout(r, Math.min(limited, left)));
      else await this.waitForWork(kind, ns, queue, seen, left, signal);
    }
    return undefined;
  }
}
