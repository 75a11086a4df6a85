import { durationMs, type Duration } from './duration.js';

/** How an activity is retried. Sandbox-safe. */
export interface RetryPolicy {
  /** Delay before the first retry. @default '1s' */
  initialInterval?: Duration;
  /** Factor by which the delay grows after each attempt. @default 2 */
  backoffCoefficient?: number;
  /** The longest delay. @default 100 x initialInterval */
  maximumInterval?: Duration;
  /** Attempts in all, the first included; 0 means unlimited. @default 0 */
  maximumAttempts?: number;
  /** Error types (ApplicationFailure.type or the error's name) that are never retried. */
  nonRetryableErrorTypes?: string[];
}

/** The wire form of a RetryPolicy (milliseconds). */
export interface RetryPolicyData {
  initialIntervalMs?: number;
  backoffCoefficient?: number;
  maximumIntervalMs?: number;
  maximumAttempts?: number;
  nonRetryableErrorTypes?: string[];
}

export function retryPolicyData(p: RetryPolicy | undefined, field: string): RetryPolicyData | undefined {
  if (!p) return undefined;
  if (p.backoffCoefficient !== undefined && !(p.backoffCoefficient >= 1)) {
    throw new TypeError(`${field}.backoffCoefficient: must be 1 or more`);
  }
  if (p.maximumAttempts !== undefined && !(Number.isInteger(p.maximumAttempts) && p.maximumAttempts >= 0)) {
    throw new TypeError(`${field}.maximumAttempts: must be a whole number, 0 or more`);
  }
  return {
    initialIntervalMs: p.initialInterval === undefined ? undefined : durationMs(p.initialInterval, `${field}.initialInterval`),
    backoffCoefficient: p.backoffCoefficient,
    maximumIntervalMs: p.maximumInterval === undefined ? undefined : durationMs(p.maximumInterval, `${field}.maximumInterval`),
    maximumAttempts: p.maximumAttempts,
    nonRetryableErrorTypes: p.nonRetryableErrorTypes,
  };
}
