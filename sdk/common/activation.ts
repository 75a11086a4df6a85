/**
 * The protocol between the worker (Node side) and workflow code in the sandbox. The worker hands each activation
 * in as its own object, which the sandbox copies into objects of its realm before workflow code runs
 * (activator.ts); the commands come out as the sandbox's objects, which the worker copies (worker/sandbox.ts).
 * Either way no object of one realm reaches the other's code.
 * Sandbox-safe.
 */
import type { FailureData } from './failure.js';
import type { RetryPolicyData } from './retry-policy.js';

/** A value as JSON text; null stands for undefined. */
export type JsonText = string | null;

export interface WorkflowInfoData {
  workflowId: string;
  runId: string;
  workflowType: string;
  taskQueue: string;
  /** Attempt of the current workflow task. */
  attempt: number;
  /** Events in history when this workflow task started. */
  historyLength: number;
  startTimeMs: number;
  /** History has grown past the runtime's suggested size. */
  continueAsNewSuggested: boolean;
  /** The first run of this run's continue-as-new chain (its own ID for a first run). */
  firstRunId: string;
  /** The run whose ID seeds Math.random: this run's, or for a run made by a reset the run it was reset from. */
  originalRunId: string;
  /** The run this one continues, if it was started by continue-as-new. */
  continuedFromRunId?: string;
  /** The parent workflow, when a workflow started this one as its child. */
  parent?: { workflowId: string; runId: string };
}

export type ActivationJob =
  | { type: 'start'; args: JsonText[] }
  | { type: 'resolveActivity'; seq: number; result: JsonText }
  | { type: 'rejectActivity'; seq: number; failure: FailureData }
  | { type: 'fireTimer'; seq: number }
  | { type: 'resolveLocalActivity'; seq: number; result: JsonText }
  | { type: 'rejectLocalActivity'; seq: number; failure: FailureData }
  /**
   * The local activity's next retry waits longer than its workflow task may last: wait `backoffMs` on a durable
   * timer, then run it again from attempt `nextAttempt` (a new local activity command).
   */
  | { type: 'backoffLocalActivity'; seq: number; backoffMs: number; nextAttempt: number; scheduledTimeMs: number; failure: FailureData }
  /** The task being replayed recorded a marker for this patch: patched(patchId) is true there. */
  | { type: 'notifyPatch'; patchId: string }
  | { type: 'signal'; name: string; args: JsonText[] }
  /** Someone asked to cancel the workflow: its root cancellation scope is cancelled. */
  | { type: 'cancelWorkflow'; reason: string }
  /** An accepted update: run its handler, then send its outcome (completeUpdate). */
  | { type: 'update'; id: string; name: string; args: JsonText[] }
  /** Read-only: answer a query, or validate an update, from the state replay left (see ActivationResult.queryResult). */
  | { type: 'query'; name: string; args: JsonText[] }
  | { type: 'validateUpdate'; name: string; args: JsonText[] }
  | { type: 'resolveChildStart'; seq: number; runId: string }
  | { type: 'rejectChildStart'; seq: number; failure: FailureData }
  | { type: 'resolveChild'; seq: number; result: JsonText }
  | { type: 'rejectChild'; seq: number; failure: FailureData }
  /** The outcome of a signal to (or a cancellation request of) another workflow. */
  | { type: 'resolveExternal'; kind: 'signal' | 'cancel'; seq: number; failure?: FailureData };

export interface Activation {
  /** The workflow task's time: what Date.now() returns while this activation runs. */
  timeMs: number;
  info: WorkflowInfoData;
  jobs: ActivationJob[];
  /** True while history already holds this task's commands (replay); false for the task being decided now. */
  replaying: boolean;
  /** Record the stack of each command (used to locate the source of a nondeterminism; slower). */
  captureStacks?: boolean;
}

export interface ScheduleActivityOptionsData {
  taskQueue?: string;
  startToCloseTimeoutMs: number;
  scheduleToCloseTimeoutMs?: number;
  scheduleToStartTimeoutMs?: number;
  heartbeatTimeoutMs?: number;
  retry?: RetryPolicyData;
}

export interface LocalActivityOptionsData {
  startToCloseTimeoutMs: number;
  scheduleToCloseTimeoutMs?: number;
  retry?: RetryPolicyData;
}

export interface ChildWorkflowOptionsData {
  taskQueue?: string;
  workflowTaskTimeoutMs?: number;
  workflowExecutionTimeoutMs?: number;
  workflowRunTimeoutMs?: number;
  parentClosePolicy?: 'TERMINATE' | 'ABANDON' | 'REQUEST_CANCEL';
  workflowIdReusePolicy?: 'ALLOW_DUPLICATE' | 'ALLOW_DUPLICATE_FAILED_ONLY' | 'REJECT_DUPLICATE';
}

export interface ContinueAsNewOptionsData {
  workflowType?: string;
  taskQueue?: string;
  workflowTaskTimeoutMs?: number;
  workflowRunTimeoutMs?: number;
}

export type SandboxCommand = (
  | { type: 'scheduleActivity'; seq: number; activityType: string; args: JsonText[]; options: ScheduleActivityOptionsData }
  | { type: 'requestCancelActivity'; seq: number }
  /** Run in the worker; recorded as a LOCAL_ACTIVITY_MARKER with its outcome. */
  | { type: 'localActivity'; seq: number; activityType: string; args: JsonText[]; options: LocalActivityOptionsData;
    /** Continuing after a backoff timer: the attempt to start from, and when the first round was scheduled. */
    attempt?: number; scheduledTimeMs?: number }
  | { type: 'startTimer'; seq: number; ms: number }
  | { type: 'cancelTimer'; seq: number }
  | { type: 'patchMarker'; patchId: string; deprecated: boolean }
  | { type: 'complete'; result: JsonText }
  | { type: 'fail'; failure: FailureData }
  /** Ends the workflow as cancelled (it let a cancellation request end it). */
  | { type: 'cancelWorkflow' }
  | { type: 'continueAsNew'; args: JsonText[]; options: ContinueAsNewOptionsData }
  | { type: 'startChild'; seq: number; workflowId: string; workflowType: string; args: JsonText[]; options: ChildWorkflowOptionsData }
  | { type: 'signalExternal'; seq: number; workflowId: string; runId?: string; signalName: string; args: JsonText[] }
  | { type: 'cancelExternal'; seq: number; workflowId: string; runId?: string; reason?: string }
  | { type: 'completeUpdate'; updateId: string; result?: JsonText; failure?: FailureData }
) & {
  /** Where workflow code produced the command (a stack in the bundle), when the activation asked for it. */
  stack?: string;
};

/** The name of the markers that patched() and deprecatePatch() record. */
export const PATCH_MARKER = 'patch';
/** The name of the markers that record local activities: details activity_id, activity_type, attempts, result. */
export const LOCAL_ACTIVITY_MARKER = 'local_activity';

export type QueryResultData = { ok: true; result: JsonText } | { ok: false; failure: FailureData };

export interface ActivationResult {
  commands: SandboxCommand[];
  /** The answer to a query or update validation job. */
  queryResult?: QueryResultData;
  /** Set when workflow code threw something other than a RepriseFailure: the task fails and is retried. */
  taskFailure?: FailureData;
}

/**
 * The built-in query the console asks a running workflow: the signals, queries and updates it handles now, how
 * many conditions it waits on, and which signals wait in the buffer for a handler.
 */
export const METADATA_QUERY = '__reprise_workflow_metadata';
