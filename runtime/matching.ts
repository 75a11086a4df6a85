import type { HistoryEngine } from './history-engine.js';
import { queueKey, type Notifier } from './notifier.js';
import { v1 } from '../proto/index.js';

/** How long a waiter sleeps before looking at its queue again even without a wake-up (a safety net). */
const RECHECK_MS = 5_000;

export type TaskKindName = 'workflow' | 'activity';

/**
 * Matching: hands tasks of a queue to whoever waits on it. `poll` waits (long poll) until a task is claimed,
 * the deadline passes or the caller goes away. A wake-up that arrives between "found nothing" and "start
 * waiting" is not lost, because the waiter reads the queue's version before it looks.
 */
export class Matching {
  constructor(private readonly engine: HistoryEngine, private readonly notifier: Notifier) {}

  async tryClaim(kind: 'workflow', ns: string, queue: string, identity: string): Promise<v1.IWorkflowTask | undefined>;
  async tryClaim(kind: 'activity', ns: string, queue: string, identity: string): Promise<v1.IActivityTask | undefined>;
  async tryClaim(kind: TaskKindName, ns: string, queue: string, identity: string) {
    return kind === 'workflow'
      ? this.engine.pollWorkflowTask(ns, queue, identity)
      : this.engine.pollActivityTask(ns, queue, identity);
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
      await this.waitForWork(kind, ns, queue, seen, left, signal);
    }
    return undefined;
  }
}
