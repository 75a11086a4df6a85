import { v1 } from '../proto/index.js';

export const DEFAULT_INITIAL_INTERVAL_MS = 1_000;
export const DEFAULT_BACKOFF_COEFFICIENT = 2;

/** The delay before attempt `nextAttempt` (2, 3, ...) under the policy, with its documented defaults. */
export function retryDelayMs(policy: v1.IRetryPolicy | null | undefined, nextAttempt: number): number {
  const initial = Number(policy?.initialIntervalMs) || DEFAULT_INITIAL_INTERVAL_MS;
  const coefficient = policy?.backoffCoefficient || DEFAULT_BACKOFF_COEFFICIENT;
  const maximum = Number(policy?.maximumIntervalMs) || initial * 100;
  return Math.min(maximum, Math.round(initial * Math.pow(coefficient, Math.max(0, nextAttempt - 2))));
}

/**
 * Whether a failed attempt may be retried: not when the failure says non-retryable, when its type is listed in
 * the policy's non-retryable types, or when the attempts are used up.
 */
export function retryState(policy: v1.IRetryPolicy | null | undefined, attempt: number, failure: v1.IFailure): v1.RetryState {
  const app = failure.application;
  if (app?.nonRetryable) return v1.RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE;
  if (app?.type && policy?.nonRetryableErrorTypes?.includes(app.type)) return v1.RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE;
  const max = policy?.maximumAttempts ?? 0;
  if (max > 0 && attempt >= max) return v1.RetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED;
  return v1.RetryState.RETRY_STATE_IN_PROGRESS;
}

/** The delay before a failed workflow task runs again: at once for the second attempt, then doubling up to a minute. */
export function workflowTaskRetryDelayMs(nextAttempt: number): number {
  return nextAttempt <= 2 ? 0 : Math.min(60_000, 1_000 * 2 ** (nextAttempt - 3));
}
