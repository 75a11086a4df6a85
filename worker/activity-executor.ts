import { v1 } from '../proto/index.js';
import { Context } from '../sdk/activity/context.js';
import { ApplicationFailure, errorToFailureData } from '../sdk/common/failure.js';
import { failureToProto, payloadsToValues, toJson, jsonToPayload } from '../sdk/internal/payloads.js';

export type ActivityFunction = (...args: any[]) => unknown;
export type ActivityOutcome = { ok: true; result: v1.IPayloads } | { ok: false; failure: v1.IFailure };

/**
 * Runs one activity attempt: finds the function, decodes the arguments, runs it with its Context (info,
 * idempotency key, a cancellation signal that fires at the start-to-close deadline) and encodes the outcome.
 */
export async function executeActivity(activities: Record<string, ActivityFunction>, task: v1.IActivityTask,
  shutdownSignal: AbortSignal): Promise<ActivityOutcome> {
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
  const controller = new AbortController();
  const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(new Error('activity start-to-close timeout')), timeoutMs) : undefined;
  const onShutdown = () => controller.abort(new Error('worker shut down'));
  shutdownSignal.addEventListener('abort', onShutdown);
  const workflowId = task.execution?.workflowId ?? '';
  const runId = task.execution?.runId ?? '';
  const ctx = new Context({
    workflowId, runId, workflowType: task.workflowType ?? '', activityId: task.activityId ?? '', activityType: type,
    taskQueue: task.taskQueue ?? '', attempt: task.attempt ?? 1, scheduledTime: new Date(Number(task.scheduledTimeMs)),
    startedTime: new Date(startedMs), deadline: new Date(startedMs + timeoutMs),
    idempotencyKey: `${workflowId}/${runId}/${task.activityId}`,
  }, controller.signal);
  try {
    const args = payloadsToValues(task.input);
    const value = await Context.run(ctx, () => fn(...args));
    return { ok: true, result: { payloads: [jsonToPayload(toJson(value, `the result of activity '${type}'`))] } };
  } catch (err) {
    return { ok: false, failure: failureToProto(errorToFailureData(err)) };
  } finally {
    clearTimeout(timer);
    shutdownSignal.removeEventListener('abort', onShutdown);
  }
}
