/**
 * Failures as users meet them (error classes) and as they travel (FailureData, a plain object, copied as it
 * crosses the sandbox boundary). Sandbox-safe: no Node imports.
 */

/** A failure as plain data; `details` holds JSON texts (null for undefined). */
export interface FailureData {
  message: string;
  source?: string;
  stack?: string;
  cause?: FailureData;
  application?: { type?: string; nonRetryable?: boolean; details?: (string | null)[] };
  activity?: { activityType?: string; activityId?: string; scheduledEventId?: number; startedEventId?: number; retryState?: RetryStateName };
  timeout?: { timeoutType?: TimeoutTypeName; lastHeartbeatDetails?: (string | null)[] };
  canceled?: { details?: (string | null)[] };
  childWorkflow?: { workflowId?: string; runId?: string; workflowType?: string; initiatedEventId?: number };
  terminated?: Record<string, never>;
}

export type RetryStateName = 'IN_PROGRESS' | 'NON_RETRYABLE_FAILURE' | 'MAXIMUM_ATTEMPTS_REACHED' | 'TIMEOUT' | 'UNSPECIFIED';
export type TimeoutTypeName = 'START_TO_CLOSE' | 'SCHEDULE_TO_START' | 'SCHEDULE_TO_CLOSE' | 'HEARTBEAT' | 'UNSPECIFIED';

/** Base class of the failures Reprise records in history. */
export class RepriseFailure extends Error {
  constructor(message: string, cause?: Error) {
    super(message, cause ? { cause } : undefined);
    this.name = 'RepriseFailure';
  }
}

export interface ApplicationFailureOptions {
  message?: string;
  /** Matched by a retry policy's nonRetryableErrorTypes. @default the error's name */
  type?: string;
  /** When true, the activity is not retried and the failure reaches the workflow at once. @default false */
  nonRetryable?: boolean;
  details?: unknown[];
  cause?: Error;
}

/**
 * The failure to throw on purpose: from an activity (retried by its policy unless `nonRetryable`) or from a
 * workflow (fails the workflow; other errors thrown by workflow code fail the workflow task and are retried,
 * since they are usually bugs that a fix and a redeploy can get past).
 */
export class ApplicationFailure extends RepriseFailure {
  readonly type: string;
  readonly nonRetryable: boolean;
  readonly details: unknown[];

  constructor(message: string, type?: string, nonRetryable = false, details: unknown[] = [], cause?: Error) {
    super(message, cause);
    this.name = 'ApplicationFailure';
    this.type = type ?? 'ApplicationFailure';
    this.nonRetryable = nonRetryable;
    this.details = details;
  }

  static create(o: ApplicationFailureOptions): ApplicationFailure {
    return new ApplicationFailure(o.message ?? '', o.type, o.nonRetryable ?? false, o.details ?? [], o.cause);
  }

  static retryable(message: string, type?: string, ...details: unknown[]): ApplicationFailure {
    return new ApplicationFailure(message, type, false, details);
  }

  static nonRetryable(message: string, type?: string, ...details: unknown[]): ApplicationFailure {
    return new ApplicationFailure(message, type, true, details);
  }
}

/** An activity failed for good (its retries are over); `cause` says why. */
export class ActivityFailure extends RepriseFailure {
  constructor(message: string, readonly activityType: string, readonly activityId: string,
    readonly retryState: RetryStateName, cause?: Error) {
    super(message, cause);
    this.name = 'ActivityFailure';
  }
}

/** A timeout enforced by the runtime. `lastHeartbeatDetails` are the timed-out attempt's last heartbeat details. */
export class TimeoutFailure extends RepriseFailure {
  constructor(message: string, readonly timeoutType: TimeoutTypeName, readonly lastHeartbeatDetails: unknown[] = []) {
    super(message);
    this.name = 'TimeoutFailure';
  }
}

/**
 * Work was cancelled on request: an activity whose workflow cancelled it (thrown by `Context.current().cancelled`
 * and as the reason of its AbortSignal), or a timer or activity of a cancelled CancellationScope in workflow code.
 */
export class CancelledFailure extends RepriseFailure {
  constructor(message: string, readonly details: unknown[] = [], cause?: Error) {
    super(message, cause);
    this.name = 'CancelledFailure';
  }
}

/** A child workflow did not complete: `cause` says how (an ApplicationFailure, CancelledFailure, TerminatedFailure, ...). */
export class ChildWorkflowFailure extends RepriseFailure {
  constructor(message: string, readonly workflowId: string, readonly runId: string, readonly workflowType: string, cause?: Error) {
    super(message, cause);
    this.name = 'ChildWorkflowFailure';
  }
}

/** The workflow was terminated (by an operator, or by its parent's close policy). */
export class TerminatedFailure extends RepriseFailure {
  constructor(message: string) {
    super(message);
    this.name = 'TerminatedFailure';
  }
}

/** True when `err` is a cancellation, or an activity or child workflow failure caused by one. */
export function isCancellation(err: unknown): boolean {
  return err instanceof CancelledFailure ||
    ((err instanceof ActivityFailure || err instanceof ChildWorkflowFailure) && err.cause instanceof CancelledFailure);
}

const MAX_CAUSE_DEPTH = 20;

/** Any thrown value as FailureData, keeping message, type, stack, details and the cause chain. */
export function errorToFailureData(err: unknown, depth = 0): FailureData {
  if (!(err instanceof Error)) {
    return { message: typeof err === 'string' ? err : safeJson(err) ?? String(err), source: 'typescript-sdk', application: { type: 'Error' } };
  }
  const data: FailureData = { message: err.message, source: 'typescript-sdk', stack: err.stack };
  if (err instanceof ActivityFailure) {
    data.activity = { activityType: err.activityType, activityId: err.activityId, retryState: err.retryState };
  } else if (err instanceof TimeoutFailure) {
    data.timeout = { timeoutType: err.timeoutType, lastHeartbeatDetails: err.lastHeartbeatDetails.map(safeJson) };
  } else if (err instanceof CancelledFailure) {
    data.canceled = { details: err.details.map(safeJson) };
  } else if (err instanceof ChildWorkflowFailure) {
    data.childWorkflow = { workflowId: err.workflowId, runId: err.runId, workflowType: err.workflowType };
  } else if (err instanceof TerminatedFailure) {
    data.terminated = {};
  } else if (err instanceof ApplicationFailure) {
    data.application = { type: err.type, nonRetryable: err.nonRetryable, details: err.details.map(safeJson) };
  } else {
    data.application = { type: err.name || 'Error' };
  }
  const cause = (err as { cause?: unknown }).cause;
  if (cause !== undefined && depth < MAX_CAUSE_DEPTH) data.cause = errorToFailureData(cause, depth + 1);
  return data;
}

/** FailureData as the matching error class, with its cause chain and the original stack. */
export function failureDataToError(f: FailureData): RepriseFailure {
  const cause = f.cause ? failureDataToError(f.cause) : undefined;
  let err: RepriseFailure;
  if (f.activity) {
    err = new ActivityFailure(f.message, f.activity.activityType ?? '', f.activity.activityId ?? '',
      f.activity.retryState ?? 'UNSPECIFIED', cause);
  } else if (f.timeout) {
    err = new TimeoutFailure(f.message, f.timeout.timeoutType ?? 'UNSPECIFIED', parseAll(f.timeout.lastHeartbeatDetails));
  } else if (f.canceled) {
    err = new CancelledFailure(f.message, parseAll(f.canceled.details), cause);
  } else if (f.childWorkflow) {
    err = new ChildWorkflowFailure(f.message, f.childWorkflow.workflowId ?? '', f.childWorkflow.runId ?? '',
      f.childWorkflow.workflowType ?? '', cause);
  } else if (f.terminated) {
    err = new TerminatedFailure(f.message);
  } else {
    err = new ApplicationFailure(f.message, f.application?.type, f.application?.nonRetryable ?? false,
      parseAll(f.application?.details), cause);
  }
  if (f.stack) err.stack = f.stack;
  return err;
}

/** JSON texts as values (null stands for undefined). */
export function parseAll(texts: (string | null)[] | undefined): unknown[] {
  return (texts ?? []).map((d) => (d == null ? undefined : JSON.parse(d)));
}

function safeJson(v: unknown): string | null {
  if (v === undefined) return null;
  try {
    return JSON.stringify(v) ?? null;
  } catch {
    return JSON.stringify(String(v));
  }
}
