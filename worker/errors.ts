/** Errors of the worker side. */

/** The workflows file cannot be bundled for the sandbox (a Node built-in import, a syntax error, a missing module). */
export class WorkflowBundleError extends Error {
  readonly code = 'WORKFLOW_BUNDLE';
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowBundleError';
  }
}

/**
 * Replaying history with the current workflow code produced other commands than the ones history holds. The
 * workflow task fails and nothing from it is written; the workflow resumes when compatible code picks it up.
 */
export class DeterminismViolationError extends Error {
  readonly code = 'NONDETERMINISM';
  constructor(message: string, readonly eventId: number) {
    super(message);
    this.name = 'DeterminismViolationError';
  }
}

/** Worker options that cannot work. */
export class WorkerOptionsError extends TypeError {
  readonly code = 'INVALID_ARGUMENT';
  constructor(message: string) {
    super(message);
    this.name = 'WorkerOptionsError';
  }
}
