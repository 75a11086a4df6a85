/**
 * Durable timers of workflow code: `sleep()` and the sandbox's `setTimeout` both start a timer that history
 * records, so the wait survives restarts and replays identically. A timer belongs to the cancellation scope it
 * was started in: cancelling the scope cancels the timer and rejects its promise. Runs inside the sandbox only.
 */
import { durationMs, type Duration } from '../../common/duration.js';
import { bindToScope } from './cancellation.js';
import { assertInWorkflow, pendingPromise, pushCommand, state } from './state.js';

/** Starts a durable timer; its promise resolves when the timer fires and rejects if its scope is cancelled. */
export function startTimer(duration: Duration, api: string): { seq: number; fired: Promise<void> } {
  assertInWorkflow(api);
  const ms = Math.max(1, durationMs(duration, api));
  const seq = ++state.seq.timer;
  const { promise: fired, reject } = pendingPromise<void>(`timer:${seq}`);
  const cancelled = bindToScope((err) => {
    if (cancelTimer(seq)) reject(err);
  }, fired);
  if (cancelled) {
    state.pending.delete(`timer:${seq}`);
    reject(cancelled);
    return { seq, fired };
  }
  pushCommand({ type: 'startTimer', seq, ms });
  return { seq, fired };
}

/** Cancels a timer that has not fired; its promise then never settles. False when it fired or never existed. */
export function cancelTimer(seq: number): boolean {
  if (!state.pending.delete(`timer:${seq}`)) return false;
  state.cancelledTimers.add(seq);
  pushCommand({ type: 'cancelTimer', seq });
  return true;
}

/** `setTimeout` inside the sandbox: a durable timer that calls `fn` when it fires. */
export function workflowSetTimeout(fn: unknown, ms?: number, ...args: unknown[]): number {
  if (typeof fn !== 'function') {
    throw new TypeError('setTimeout in a workflow takes a function (strings are not evaluated)');
  }
  const { seq, fired } = startTimer(Number(ms) > 0 ? Number(ms) : 1, 'setTimeout');
  fired.then(() => (fn as (...a: unknown[]) => unknown)(...args), () => undefined);
  return seq;
}

export function workflowClearTimeout(handle: unknown): void {
  if (typeof handle === 'number') cancelTimer(handle);
}
