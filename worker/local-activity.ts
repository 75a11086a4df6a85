import type { WorkflowInfoData } from '../sdk/common/activation.js';
import type { FailureData } from '../sdk/common/failure.js';
import { failureFromProto, failureToProto, jsonToPayload, payloadToJson } from '../sdk/internal/payloads.js';
import { retryDelayMs, retryState } from '../runtime/retry-policy.js';
import { v1 } from '../proto/index.js';
import { executeActivity, type ActivityFunction } from './activity-executor.js';
import type { LocalActivityCommand, LocalActivityOutcome } from './workflow-executor.js';

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a local activity in the workflow worker: attempts with the start-to-close timeout, retried after the
 * policy's backoff while the policy and the schedule-to-close timeout allow. A retry whose backoff would outlast
 * `budgetMs` (the share of the workflow task timeout left) ends this round with `backoffMs`: the workflow waits
 * on a durable timer and runs the next round in a later task. Nothing reaches the runtime until the workflow
 * task completes with the outcome as a marker.
 */
export async function runLocalActivity(activities: Record<string, ActivityFunction>, command: LocalActivityCommand,
  info: WorkflowInfoData, budgetMs: number, shutdownSignal: AbortSignal): Promise<LocalActivityOutcome> {
  const { options } = command;
  const scheduled = command.scheduledTimeMs ?? Date.now(); // the first round's, when this round follows a backoff
  const closeDeadline = scheduled + (options.scheduleToCloseTimeoutMs ?? Number.POSITIVE_INFINITY);
  const taskDeadline = Date.now() + budgetMs;
  const deadline = Math.min(closeDeadline, taskDeadline);
  for (let attempt = command.attempt ?? 1; ; attempt++) {
    const startToClose = Math.max(1, Math.min(options.startToCloseTimeoutMs, deadline - Date.now()));
    const task: v1.IActivityTask = {
      execution: { workflowId: info.workflowId, runId: info.runId }, workflowType: info.workflowType,
      activityId: String(command.seq), activityType: command.activityType, input: { payloads: command.args.map(jsonToPayload) },
      attempt, scheduledTimeMs: scheduled, currentAttemptScheduledTimeMs: Date.now(), startedTimeMs: Date.now(),
      startToCloseTimeoutMs: startToClose, taskQueue: info.taskQueue,
    };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<{ ok: false; failure: v1.IFailure }>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, failure: { message: `local activity '${command.activityType}' attempt ` +
        `${attempt} timed out after ${startToClose} ms`, source: 'typescript-sdk', timeout: { timeoutType: v1.TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE } } }),
      startToClose);
    });
    const outcome = await Promise.race([
      executeActivity(activities, task, { shutdownSignal, sendHeartbeat: async () => ({ code: 0 }) }),
      timedOut,
    ]);
    clearTimeout(timer);
    if (outcome.ok === true) return { ok: true, result: payloadToJson(outcome.result.payloads?.[0]), attempts: attempt };
    const failure: v1.IFailure = outcome.ok === 'async'
      ? { message: 'a local activity cannot complete asynchronously (CompleteAsyncError); use a regular activity',
        source: 'typescript-sdk', application: { type: 'CompleteAsyncError', nonRetryable: true } }
      : outcome.failure;
    const state = retryState(options.retry, attempt, failure);
    if (state !== v1.RetryState.RETRY_STATE_IN_PROGRESS) return { ok: false, failure: failureFromProto(failure), attempts: attempt };
    const wait = retryDelayMs(options.retry, attempt + 1);
    if (Date.now() + wait >= closeDeadline) {
      const last = failureFromProto(failure);
      const reason: FailureData = {
        message: `local activity '${command.activityType}' gave up after ${attempt} attempt(s): another retry would outlast ` +
          `its schedule-to-close timeout; last failure: ${last.message}`,
        source: 'typescript-sdk', timeout: { timeoutType: 'SCHEDULE_TO_CLOSE' }, cause: last,
      };
      return { ok: false, failure: failureFromProto(failureToProto(reason)), attempts: attempt };
    }
    if (Date.now() + wait >= taskDeadline) {
      // Too long to wait inside this workflow task: a durable timer, then the next round.
      return { ok: false, failure: failureFromProto(failure), attempts: attempt, backoffMs: wait, scheduledTimeMs: scheduled };
    }
    await delay(wait);
  }
}
