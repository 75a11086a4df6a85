/** Errors of the worker side. */

/** The workflows file cannot be bundled for the sandbox (a Node built-in import, a syntax error, a missing module). */
export class WorkflowBundleError extends Error {
  readonly code = 'WORKFLOW_BUNDLE';
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowBundleError';
  }
}

export interface DivergenceDetails {
  workflowId: string;
  runId: string;
  workflowType: string;
  /** The first event where history and code disagree (history length + 1 when the code went past the end). */
  eventId: number;
  /** What history holds there, e.g. "ActivityTaskScheduled(activityType=charge, activityId=2)". */
  historyHolds: string;
  /** What the code produced there, or undefined when it produced nothing. */
  codeProduced?: string;
  /** file:line:column in the workflow source of the diverging command (or of the last one before it). */
  location?: string;
}

/**
 * Replaying history with the current workflow code produced other commands than the ones history holds. The
 * workflow task fails and nothing from it is written; the workflow resumes when compatible code picks it up.
 */
export class DeterminismViolationError extends Error {
  readonly code = 'NONDETERMINISM';
  readonly eventId: number;
  readonly historyHolds: string;
  readonly codeProduced: string | undefined;
  readonly location: string | undefined;
  readonly workflowId: string;
  readonly runId: string;
  readonly workflowType: string;

  constructor(d: DivergenceDetails) {
    const produced = d.codeProduced === undefined
      ? `the workflow code produced no command there${d.location ? ` (its last command came from ${d.location})` : ''}`
      : `the workflow code produced ${d.codeProduced}${d.location ? ` at ${d.location}` : ''}`;
    super(`workflow '${d.workflowId}' (type ${d.workflowType}, run ${d.runId}) diverged from its history at event ` +
      `${d.eventId}: history holds ${d.historyHolds} but ${produced}`);
    this.name = 'DeterminismViolationError';
    this.eventId = d.eventId;
    this.historyHolds = d.historyHolds;
    this.codeProduced = d.codeProduced;
    this.location = d.location;
    this.workflowId = d.workflowId;
    this.runId = d.runId;
    this.workflowType = d.workflowType;
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

/**
 * A history could not be replayed for another reason than a divergence: the history is malformed, the workflow
 * type is not exported, or the workflow code threw where the recorded run went on.
 */
export class ReplayError extends Error {
  readonly code = 'REPLAY';
  constructor(message: string, readonly workflowId: string, readonly runId: string) {
    super(message);
    this.name = 'ReplayError';
  }
}
