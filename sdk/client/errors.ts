import { RepriseFailure } from '../common/failure.js';

/** An error returned by the Reprise server; `grpcCode` is the gRPC status code. */
export class ServiceError extends Error {
  readonly code: string = 'SERVICE_ERROR';
  constructor(message: string, readonly grpcCode: number) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** The server cannot be reached, or it cannot reach its database. Retrying later may succeed. */
export class ConnectionError extends ServiceError {
  override readonly code = 'CONNECTION';
  constructor(message: string, grpcCode = 14) {
    super(message, grpcCode);
    this.name = 'ConnectionError';
  }
}

/** A workflow with this ID is already running. */
export class WorkflowExecutionAlreadyStartedError extends ServiceError {
  override readonly code = 'WORKFLOW_ALREADY_STARTED';
  constructor(message: string, readonly workflowId: string, readonly workflowType: string) {
    super(message, 6);
    this.name = 'WorkflowExecutionAlreadyStartedError';
  }
}

/** No workflow (or no such run) with this ID. */
export class WorkflowNotFoundError extends ServiceError {
  override readonly code = 'WORKFLOW_NOT_FOUND';
  constructor(message: string, readonly workflowId: string, readonly runId?: string) {
    super(message, 5);
    this.name = 'WorkflowNotFoundError';
  }
}

/** The workflow closed with a failure; `cause` is the failure it recorded (an ActivityFailure, ApplicationFailure, ...). */
export class WorkflowFailedError extends Error {
  readonly code = 'WORKFLOW_FAILED';
  declare readonly cause: RepriseFailure;
  constructor(message: string, readonly workflowId: string, readonly runId: string, cause: RepriseFailure) {
    super(message, { cause });
    this.name = 'WorkflowFailedError';
  }
}

/** Bad input to an SDK call, found before anything was sent. */
export class ValueError extends TypeError {
  readonly code = 'INVALID_ARGUMENT';
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

/** The activity attempt is no longer running (it completed, timed out, or its workflow closed). */
export class ActivityNotFoundError extends ServiceError {
  override readonly code = 'ACTIVITY_NOT_FOUND';
  constructor(message: string) {
    super(message, 5);
    this.name = 'ActivityNotFoundError';
  }
}

/** The workflow asked to cancel the activity: stop, and report it with client.activity.reportCancellation(). */
export class ActivityCancelledError extends Error {
  readonly code = 'ACTIVITY_CANCELLED';
  constructor(message: string) {
    super(message);
    this.name = 'ActivityCancelledError';
  }
}

/** A query could not be answered: no handler, the handler threw, or no worker runs the workflow's type. */
export class WorkflowQueryFailedError extends ServiceError {
  override readonly code = 'QUERY_FAILED';
  constructor(message: string, grpcCode: number) {
    super(message, grpcCode);
    this.name = 'WorkflowQueryFailedError';
  }
}

/**
 * An update did not succeed: its validator rejected it (nothing was written to history) or its handler threw;
 * `cause` is the failure.
 */
export class WorkflowUpdateFailedError extends Error {
  readonly code = 'UPDATE_FAILED';
  declare readonly cause: RepriseFailure;
  constructor(message: string, readonly workflowId: string, readonly updateId: string, cause: RepriseFailure) {
    super(message, { cause });
    this.name = 'WorkflowUpdateFailedError';
  }
}
