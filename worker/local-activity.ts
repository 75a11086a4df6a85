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
 * policy's backoff, for as long as the policy, the schedule-to-close timeout and `budgetMs` (the share of the
 * workflow task timeout left) allow. Nothing reaches the runtime until the workflow task completes with the
 * outcome as a marker.
 */
export async function runLocalActivity(activities: Record<string, ActivityFunction>, command: LocalActivityCommand,
  info: WorkflowInfoData, budgetMs: number, shutdownSignal: AbortSignal): Promise<LocalActivityOutcome> {
  const { options } = command;
  const scheduled = Date.now();
  const limit = Math.min(budgetMs, options.scheduleToCloseTimeoutMs ?? Number.POSITIVE_INFINITY);
  const deadline = scheduled + limit;
  for (let attempt = 1; ; attempt++) {
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
    if (Date.now() + wait >= deadline) {
      const last = failureFromProto(failure);
      const reason: FailureData = {
        message: `local activity '${command.activityType}' gave up after ${attempt} attempt(s): another retry would outlast ` +
          `${options.scheduleToCloseTimeoutMs !== undefined && options.scheduleToCloseTimeoutMs <= budgetMs ? 'its schedule-to-close timeout'
            : 'the workflow task (local activities must finish within 80% of the workflow task timeout; use a regular activity for longer work)'}` +
          `; last failure: ${last.message}`,
        source: 'typescript-sdk', timeout: { timeoutType: 'SCHEDULE_TO_CLOSE' }, cause: last,
      };
      return { ok: false, failure: failureFromProto(failureToProto(reason)), attempts: attempt };
    }
    await delay(wait);
  }
}
