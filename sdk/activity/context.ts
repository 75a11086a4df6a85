import { AsyncLocalStorage } from 'node:async_hooks';

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
  startedTime: Date;
  /** When this attempt times out (start-to-close). */
  deadline: Date;
  /**
   * Stable across every attempt of this activity: `<workflowId>/<runId>/<activityId>`. Pass it as the
   * idempotency key to payment APIs and the like, so that a retried attempt cannot charge twice.
   */
  idempotencyKey: string;
}

/** The context of the activity attempt running now, in the activity's async call tree. */
export class Context {
  private static readonly storage = new AsyncLocalStorage<Context>();

  constructor(readonly info: ActivityInfo, readonly cancellationSignal: AbortSignal) {}

  /** The context of the running activity; throws outside an activity. */
  static current(): Context {
    const ctx = Context.storage.getStore();
    if (!ctx) throw new Error('Context.current() may only be called while an activity runs in a Reprise worker');
    return ctx;
  }

  /** @internal Runs `fn` with this context as Context.current(). */
  static run<T>(ctx: Context, fn: () => T): T {
    return Context.storage.run(ctx, fn);
  }
}
