import { AsyncLocalStorage } from 'node:async_hooks';
import { CancelledFailure } from '../common/failure.js';

/** Facts about the running activity attempt. */
export interface ActivityInfo {
  workflowId: string;
  runId: string;
  workflowType: string;
  activityId: string;
  activityType: string;
  taskQueue: string;
  /** 1 for the first attempt, then 2, 3, ... */
  attempt: number;
  scheduledTime: Date;
  /** When the current attempt was queued (after the previous attempt's backoff). */
  currentAttemptScheduledTime: Date;
  startedTime: Date;
  /** When this attempt times out (start-to-close). */
  deadline: Date;
  /** 0 when the activity has no heartbeat timeout. */
  heartbeatTimeoutMs: number;
  /**
   * The details of the last heartbeat recorded by this activity (by an earlier attempt, after a failure or a
   * timeout): where a long activity left off. Undefined on a first attempt or when no attempt heartbeated.
   */
  heartbeatDetails: unknown;
  /**
   * Stable across every attempt of this activity: `<workflowId>/<runId>/<activityId>`. Pass it as the
   * idempotency key to payment APIs and the like, so that a retried attempt cannot charge twice.
   */
  idempotencyKey: string;
  /**
   * Identifies this attempt for completing it from elsewhere (`client.activity.complete(taskToken, result)`)
   * after the function threw CompleteAsyncError. Base64; opaque.
   */
  taskToken: string;
}

/** @internal What the worker gives a Context. */
export interface ContextRuntime {
  signal: AbortSignal;
  heartbeat(details: unknown): void;
}

/**
 * The context of the activity attempt running now, in the activity's async call tree: its info, heartbeats, and
 * how it learns that it was cancelled (the workflow cancelled it, the workflow closed, the attempt timed out, or
 * the worker is shutting down past its grace time).
 */
export class Context {
  private static readonly storage = new AsyncLocalStorage<Context>();
  /** Rejects with the cancellation's reason (a CancelledFailure when the workflow cancelled the activity). */
  readonly cancelled: Promise<never>;

  constructor(readonly info: ActivityInfo, private readonly runtime: ContextRuntime) {
    const signal = runtime.signal;
    this.cancelled = new Promise<never>((_, reject) => {
      const fire = () => reject(signal.reason instanceof Error ? signal.reason : new CancelledFailure(String(signal.reason)));
      if (signal.aborted) fire();
      else signal.addEventListener('abort', fire, { once: true });
    });
    this.cancelled.catch(() => undefined); // only a rejection someone awaits should surface
  }

  /** Aborts when the attempt is cancelled; pass it to fetch() and other APIs that take an AbortSignal. */
  get cancellationSignal(): AbortSignal {
    return this.runtime.signal;
  }

  /**
   * Reports progress. `details` (JSON) are kept by the runtime and handed to the next attempt as
   * `info.heartbeatDetails`, and each heartbeat holds off the heartbeat timeout. Cheap to call in a tight loop:
   * the worker sends at most one heartbeat per throttle interval (0.8 x heartbeat timeout, at most 30 s), with
   * the latest details. A heartbeat is also how a running activity learns that its workflow cancelled it.
   */
  heartbeat(details?: unknown): void {
    this.runtime.heartbeat(details);
  }

  /** Waits `ms`, or rejects as soon as the attempt is cancelled. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      this.cancelled.catch((err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  /** The context of the running activity; throws outside an activity. */
  static current(): Context {
    const ctx = Context.storage.getStore();
    if (!ctx) throw new Error('Context.current() may only be called while an activity runs in a Reprise worker');
    return ctx;
  }

  /** How many activity calls are running now (see run). */
  private static running = 0;

  /**
   * @internal Runs `fn` with `ctx` as Context.current(), until the promise it returns settles. While no activity
   * runs the storage is off: on Node 20 an AsyncLocalStorage in use makes every promise of the process, the
   * runtime's and the worker's included, pay an async hook (21.6 of the 378 KB a one-activity workflow run one at
   * a time allocated). (Work an activity left behind when it ended finds no context while none runs.)
   */
  static run<T>(ctx: Context, fn: () => T): T {
    Context.running++;
    let result: T;
    try {
      result = Context.storage.run(ctx, fn);
    } catch (err) {
      Context.ended();
      throw err;
    }
    if (typeof (result as { then?: unknown } | null)?.then === 'function') {
      return Promise.resolve(result).finally(() => Context.ended()) as T;
    }
    Context.ended();
    return result;
  }

  private static ended(): void {
    if (--Context.running === 0) Context.storage.disable();
  }
}

/** Shorthand for Context.current().heartbeat(details). */
export function heartbeat(details?: unknown): void {
  Context.current().heartbeat(details);
}

/** Shorthand for Context.current().sleep(ms): a sleep that ends early with the attempt's cancellation. */
export function sleep(ms: number): Promise<void> {
  return Context.current().sleep(ms);
}

/**
 * Thrown by an activity that will be completed later from elsewhere (a person, a webhook) with its
 * `info.taskToken` and `client.activity.complete/fail`. The worker reports nothing for the attempt; its
 * start-to-close (and heartbeat) timeouts still apply, so give such activities timeouts that fit the wait.
 */
export class CompleteAsyncError extends Error {
  constructor() {
    super('the activity will be completed asynchronously with its task token');
    this.name = 'CompleteAsyncError';
  }
}
