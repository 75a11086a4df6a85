/**
 * Cancellation scopes of workflow code, as Temporal users know them. Every activity and timer belongs to the
 * scope current where it was started (tracked across awaits with an AsyncLocalStorage that the worker lends the
 * sandbox); cancelling a scope cancels them and the scopes inside it, except nonCancellable ones. Runs inside the
 * sandbox only.
 */
import { durationMs, type Duration } from '../../common/duration.js';
import { CancelledFailure } from '../../common/failure.js';

interface Storage<T> {
  run<R>(store: T, fn: () => R): R;
  getStore(): T | undefined;
}
type StorageClass = new <T>() => Storage<T>;

let storage: Storage<CancellationScope> | undefined;
let root: CancellationScope | undefined;
/** Set by timers.ts (a module cycle otherwise): starts a durable timer outside any scope's cancellation. */
let timerInParent: ((ms: number) => { fired: Promise<void>; cancel(): void }) | undefined;

/** @internal Called once per sandbox by the activator. */
export function installCancellation(AsyncLocalStorage: StorageClass | undefined,
  startTimer: (ms: number) => { fired: Promise<void>; cancel(): void }): void {
  if (!AsyncLocalStorage) throw new Error('the worker did not provide AsyncLocalStorage to the sandbox');
  storage = new AsyncLocalStorage<CancellationScope>();
  timerInParent = startTimer;
}

export interface CancellationScopeOptions {
  /** False: cancelling the parent does not cancel this scope (it can still be cancelled itself). @default true */
  cancellable?: boolean;
  /** @default CancellationScope.current() */
  parent?: CancellationScope;
}

export class CancellationScope {
  readonly cancellable: boolean;
  readonly parent?: CancellationScope;
  private readonly requested: Promise<never>;
  private reason?: CancelledFailure;
  private rejectCancel!: (err: CancelledFailure) => void;
  /**
   * The callbacks of work in this scope (onCancel), run by one reaction of `requested` in the order they came.
   * That is the order in which a reaction each would run (the order of the cancellation commands replay must
   * match) as long as nothing else reacts to `requested` in between: the batch ends for good when the promise is
   * handed out (cancelRequested), and each callback after that gets a reaction of its own. A callback leaves the
   * batch when its work settles, so a long run's scope holds only its open work.
   */
  private batch: Set<(err: CancelledFailure) => void> | undefined;
  private handedOut = false;

  constructor(options: CancellationScopeOptions = {}) {
    this.cancellable = options.cancellable ?? true;
    this.parent = options.parent ?? (root ? CancellationScope.current() : undefined);
    this.requested = new Promise<never>((_, reject) => (this.rejectCancel = reject));
    this.requested.catch(() => undefined);
    if (this.parent && this.cancellable) {
      if (this.parent.reason) this.cancel(this.parent.reason.message);
      else this.parent.onCancel((err) => this.cancel(err.message));
    }
  }

  /** Rejects with a CancelledFailure when the scope is cancelled. */
  get cancelRequested(): Promise<never> {
    this.handedOut = true;
    this.batch = undefined;
    return this.requested;
  }

  /**
   * @internal Calls `fn` when the scope is cancelled, in the order of registration with every other reaction to
   * its cancellation; the returned function takes it back (the work it was for has settled).
   */
  onCancel(fn: (err: CancelledFailure) => void): () => void {
    if (this.handedOut) {
      const slot: { fn?: (err: CancelledFailure) => void } = { fn };
      this.requested.catch((err: CancelledFailure) => slot.fn?.(err));
      return () => { slot.fn = undefined; };
    }
    let batch = this.batch;
    if (!batch) {
      const callbacks = new Set<(err: CancelledFailure) => void>();
      this.requested.catch((err: CancelledFailure) => {
        for (const callback of callbacks) {
          try {
            callback(err);
          } catch { /* as a reaction of its own that threw: nobody listens, the next one still runs */ }
        }
      });
      batch = this.batch = callbacks;
    }
    batch.add(fn);
    return () => void batch.delete(fn);
  }

  /** True once the scope was cancelled: new activities and timers in it fail at once. */
  get consideredCancelled(): boolean {
    return this.reason !== undefined;
  }

  /** @internal The failure its activities and timers reject with. */
  get cancellation(): CancelledFailure | undefined {
    return this.reason;
  }

  /** Cancels the activities and timers of this scope and of the cancellable scopes inside it. */
  cancel(reason = 'cancelled'): void {
    if (this.reason) return;
    this.reason = new CancelledFailure(reason);
    this.rejectCancel(this.reason);
  }

  /** Runs `fn` with this scope as the current one (for everything it starts, across its awaits). */
  run<T>(fn: () => Promise<T>): Promise<T> {
    if (!storage) throw new Error('CancellationScope may only be used in workflow code');
    // Where no scope is set, the root is current already: setting it would only make the worker turn on its
    // promise hooks (worker/scope-storage.ts), which slow every promise of the thread.
    if (this === root && storage.getStore() === undefined) return fn();
    return storage.run(this, fn);
  }

  /** The scope of the code running now (the workflow's root scope outside any other). */
  static current(): CancellationScope {
    const s = storage?.getStore() ?? root;
    if (!s) throw new Error('CancellationScope.current() may only be called from workflow code');
    return s;
  }

  /** Runs `fn` in a new scope that the caller can cancel (through `CancellationScope.current()` inside it). */
  static cancellable<T>(fn: () => Promise<T>): Promise<T> {
    return new CancellationScope({ cancellable: true }).run(fn);
  }

  /** Runs `fn` in a scope that cancelling its parent does not reach: compensation and cleanup. */
  static nonCancellable<T>(fn: () => Promise<T>): Promise<T> {
    return new CancellationScope({ cancellable: false }).run(fn);
  }

  /** Runs `fn` in a scope that is cancelled when `timeout` (a durable timer) passes first. */
  static async withTimeout<T>(timeout: Duration, fn: () => Promise<T>): Promise<T> {
    const ms = durationMs(timeout, 'CancellationScope.withTimeout');
    const scope = new CancellationScope({ cancellable: true });
    const timer = timerInParent!(ms);
    timer.fired.then(() => scope.cancel(`timed out after ${ms} ms`), () => undefined);
    try {
      return await scope.run(fn);
    } finally {
      timer.cancel();
    }
  }
}

/** @internal The run's root scope (what a workflow cancellation will cancel). */
export function rootScope(): CancellationScope {
  root ??= new CancellationScope({ cancellable: true });
  return root;
}

/**
 * @internal Ties pending work to the current scope: rejects at once when the scope is already cancelled, or calls
 * `onCancel` (once) when it is cancelled while the work is pending. Once `settled` settles, the scope lets go of
 * `onCancel` and what it holds.
 */
export function bindToScope(onCancel: (err: CancelledFailure) => void, settled?: Promise<unknown>): CancelledFailure | undefined {
  const scope = CancellationScope.current();
  if (scope.cancellation) return scope.cancellation;
  const release = scope.onCancel(onCancel);
  settled?.then(release, release);
  return undefined;
}
