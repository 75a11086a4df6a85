/**
 * The protocol between the worker (Node side) and workflow code in the sandbox. Each activation goes in as JSON
 * and the commands come out as JSON, so no object crosses the vm realm boundary. Sandbox-safe.
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
}

export type ActivationJob =
  | { type: 'start'; args: JsonText[] }
  | { type: 'resolveActivity'; seq: number; result: JsonText }
  | { type: 'rejectActivity'; seq: number; failure: FailureData }
  | { type: 'fireTimer'; seq: number }
  | { type: 'resolveLocalActivity'; seq: number; result: JsonText }
  | { type: 'rejectLocalActivity'; seq: number; failure: FailureData }
  /** The task being replayed recorded a marker for this patch: patched(patchId) is true there. */
  | { type: 'notifyPatch'; patchId: string };

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

export type SandboxCommand = (
  | { type: 'scheduleActivity'; seq: number; activityType: string; args: JsonText[]; options: ScheduleActivityOptionsData }
  | { type: 'requestCancelActivity'; seq: number }
  /** Run in the worker; recorded as a LOCAL_ACTIVITY_MARKER with its outcome. */
  | { type: 'localActivity'; seq: number; activityType: string; args: JsonText[]; options: LocalActivityOptionsData }
  | { type: 'startTimer'; seq: number; ms: number }
  | { type: 'cancelTimer'; seq: number }
  | { type: 'patchMarker'; patchId: string; deprecated: boolean }
  | { type: 'complete'; result: JsonText }
  | { type: 'fail'; failure: FailureData }
) & {
  /** Where workflow code produced the command (a stack in the bundle), when the activation asked for it. */
  stack?: string;
};

/** The name of the markers that patched() and deprecatePatch() record. */
export const PATCH_MARKER = 'patch';
/** The name of the markers that record local activities: details activity_id, activity_type, attempts, result. */
export const LOCAL_ACTIVITY_MARKER = 'local_activity';

export interface ActivationResult {
  commands: SandboxCommand[];
  /** Set when workflow code threw something other than a RepriseFailure: the task fails and is retried. */
  taskFailure?: FailureData;
}
