import { status } from '@grpc/grpc-js';
import { v1 } from '../proto/index.js';
import { CompleteAsyncError, Context } from '../sdk/activity/context.js';
import { ApplicationFailure, CancelledFailure, errorToFailureData, TimeoutFailure } from '../sdk/common/failure.js';
import { failureToProto, jsonToPayload, payloadsToValues, toJson } from '../sdk/internal/payloads.js';

export type ActivityFunction = (...args: any[]) => unknown;
export type ActivityOutcome =
  | { ok: true; result: v1.IPayloads }
  | { ok: false; failure: v1.IFailure }
  /** The function threw CompleteAsyncError: someone else completes the attempt with its task token. */
  | { ok: 'async' };

/** The longest gap between two heartbeats the worker sends (when the activity has no heartbeat timeout). */
export const MAX_HEARTBEAT_THROTTLE_MS = 30_000;

export interface ActivityRuntime {
  /** Sends a heartbeat; resolves with the runtime's answer (code 0 and cancel_requested, or an error code). */
  sendHeartbeat(details: v1.IPayloads): Promise<v1.IAck>;
  /** Aborts when the worker's shutdown grace time is over. */
  shutdownSignal: AbortSignal;
}

/**
 * Sends an activity's heartbeats at most once per interval, always with the latest details, and turns the
 * runtime's answers into cancellation: cancel_requested (the workflow cancelled it) or NOT_FOUND (the attempt
 * timed out or the workflow closed).
 */
class Heartbeats {
  private pending: v1.IPayloads | undefined;
  private lastSent = 0;
  private timer?: NodeJS.Timeout;
  private sending?: Promise<void>;
  private stopped = false;

  constructor(private readonly send: ActivityRuntime['sendHeartbeat'], private readonly intervalMs: number,
    private readonly cancel: (reason: Error) => void) {}

  record(details: unknown): void {
    if (this.stopped) return;
    this.pending = { payloads: [jsonToPayload(details === undefined ? null : toJson(details, 'the heartbeat details'))] };
    if (this.timer || this.sending) return;
    const wait = this.lastSent + this.intervalMs - Date.now();
    if (wait <= 0) void this.flush();
    else this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Sends the pending details now (waiting for a send in flight first). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.sending) await this.sending;
    const details = this.pending;
    if (!details) return;
    this.pending = undefined;
    this.lastSent = Date.now();
    this.sending = this.send(details).then((ack) => {
      if (ack.code === status.NOT_FOUND) this.cancel(new CancelledFailure(`the activity is no longer running: ${ack.message}`));
      else if (!ack.code && ack.cancelRequested) this.cancel(new CancelledFailure('the workflow cancelled this activity'));
    }, () => undefined).finally(() => {
      this.sending = undefined;
      if (this.pending && !this.stopped && !this.timer) this.timer = setTimeout(() => void this.flush(), this.intervalMs);
    });
    await this.sending;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}

/**
 * Runs one activity attempt: finds the function, decodes the arguments, runs it with its Context (info,
 * idempotency key, heartbeats, a cancellation signal) and encodes the outcome. The signal aborts when the
 * workflow cancels the activity (learnt from a heartbeat), when the attempt reaches its start-to-close deadline,
 * or when the worker's shutdown grace time is over.
 */
export async function executeActivity(activities: Record<string, ActivityFunction>, task: v1.IActivityTask,
  runtime: ActivityRuntime): Promise<ActivityOutcome> {
  const type = task.activityType ?? '';
  const fn = Object.prototype.hasOwnProperty.call(activities, type) ? activities[type] : undefined;
  if (typeof fn !== 'function') {
    const known = Object.keys(activities).filter((k) => typeof activities[k] === 'function').sort();
    return { ok: false, failure: failureToProto(errorToFailureData(ApplicationFailure.retryable(
      `activity type '${type}' is not registered on this worker for task queue '${task.taskQueue}' ` +
      `(registered: ${known.join(', ') || 'none'})`, 'ActivityNotRegistered'))) };
  }
  const startedMs = Number(task.startedTimeMs) || Date.now();
  const timeoutMs = Number(task.startToCloseTimeoutMs);
  const heartbeatTimeoutMs = Number(task.heartbeatTimeoutMs) || 0;
  const controller = new AbortController();
  const abort = (reason: Error) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  const timer = timeoutMs > 0 ? setTimeout(() => abort(new TimeoutFailure(
    `activity '${type}' attempt ${task.attempt} reached its start-to-close timeout of ${timeoutMs} ms`, 'START_TO_CLOSE')), timeoutMs) : undefined;
  const onShutdown = () => abort(new CancelledFailure('the worker is shutting down'));
  if (runtime.shutdownSignal.aborted) onShutdown();
  runtime.shutdownSignal.addEventListener('abort', onShutdown);
  const heartbeats = new Heartbeats(runtime.sendHeartbeat,
    heartbeatTimeoutMs > 0 ? Math.min(MAX_HEARTBEAT_THROTTLE_MS, Math.floor(heartbeatTimeoutMs * 0.8)) : MAX_HEARTBEAT_THROTTLE_MS, abort);
  const workflowId = task.execution?.workflowId ?? '';
  const runId = task.execution?.runId ?? '';
  const ctx = new Context({
    workflowId, runId, workflowType: task.workflowType ?? '', activityId: task.activityId ?? '', activityType: type,
    taskQueue: task.taskQueue ?? '', attempt: task.attempt ?? 1, scheduledTime: new Date(Number(task.scheduledTimeMs)),
    currentAttemptScheduledTime: new Date(Number(task.currentAttemptScheduledTimeMs) || Number(task.scheduledTimeMs)),
    startedTime: new Date(startedMs), deadline: new Date(startedMs + timeoutMs), heartbeatTimeoutMs,
    heartbeatDetails: payloadsToValues(task.heartbeatDetails)[0],
    idempotencyKey: `${workflowId}/${runId}/${task.activityId}`,
    taskToken: Buffer.from(task.taskToken ?? new Uint8Array()).toString('base64'),
  }, { signal: controller.signal, heartbeat: (details) => heartbeats.record(details) });
  try {
    const args = payloadsToValues(task.input);
    const value = await Context.run(ctx, () => fn(...args));
    heartbeats.stop();
    return { ok: true, result: { payloads: [jsonToPayload(toJson(value, `the result of activity '${type}'`))] } };
  } catch (err) {
    if (err instanceof CompleteAsyncError) {
      heartbeats.stop();
      return { ok: 'async' };
    }
    // The next attempt starts from the latest details: send them before the failure.
    await heartbeats.flush();
    heartbeats.stop();
    return { ok: false, failure: failureToProto(errorToFailureData(err)) };
  } finally {
    clearTimeout(timer);
    runtime.shutdownSignal.removeEventListener('abort', onShutdown);
  }
}
