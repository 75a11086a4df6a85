import { eventFieldOf, eventTypeOf, v1, type EventField } from '../proto/index.js';
import { PATCH_MARKER, type ActivationJob, type SandboxCommand, type WorkflowInfoData } from '../sdk/common/activation.js';
import { errorToFailureData, type FailureData } from '../sdk/common/failure.js';
import { failureFromProto, failureToProto, jsonToPayload, payloadToJson } from '../sdk/internal/payloads.js';
import { DeterminismViolationError, type DivergenceDetails } from './errors.js';
import type { WorkflowCode } from './sandbox.js';

export type WorkflowTaskOutcome =
  | { ok: true; commands: v1.ICommand[] }
  | { ok: false; cause: 'Nondeterminism' | 'WorkflowError' | 'UnknownWorkflowType' | 'Deadline'; failure: FailureData; error?: Error };

export interface ExecuteOptions {
  deadlineMs: number;
  log?: (info: WorkflowInfoData, level: string, args: unknown[]) => void;
  /**
   * Replay the whole history and decide nothing (the replayer): every completed task is checked, a trailing task
   * that has not completed is not run, and the outcome's commands are empty.
   */
  replayOnly?: boolean;
}

export interface WorkflowTaskInput {
  workflowId: string;
  runId: string;
  workflowType: string;
  history: v1.IHistoryEvent[];
  attempt: number;
}

/** Events that record a command of workflow code: replay matches each against the code's next command. */
const COMMAND_EVENTS = new Set<EventField>([
  'activityTaskScheduled', 'timerStarted', 'timerCanceled', 'markerRecorded', 'workflowExecutionCompleted',
  'workflowExecutionFailed',
]);

interface PatchMarker { patchId: string; deprecated: boolean }

function patchMarkerOf(e: v1.IHistoryEvent): PatchMarker | undefined {
  const m = e.markerRecorded;
  if (!m || m.markerName !== PATCH_MARKER) return undefined;
  const value = (key: string) => {
    const text = payloadToJson(m.details?.[key]?.payloads?.[0]);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  };
  return { patchId: String(value('patch_id') ?? ''), deprecated: value('deprecated') === true };
}

function describeCommand(c: SandboxCommand): string {
  switch (c.type) {
    case 'scheduleActivity': return `ScheduleActivityTask(activityType=${c.activityType}, activityId=${c.seq})`;
    case 'startTimer': return `StartTimer(timerId=${c.seq}, ${c.ms} ms)`;
    case 'cancelTimer': return `CancelTimer(timerId=${c.seq})`;
    case 'patchMarker': return `RecordMarker(patch '${c.patchId}'${c.deprecated ? ', deprecated' : ''})`;
    case 'complete': return 'CompleteWorkflowExecution';
    case 'fail': return `FailWorkflowExecution(${c.failure.message})`;
  }
}

function describeEvent(e: v1.IHistoryEvent): string {
  if (e.activityTaskScheduled) {
    return `ActivityTaskScheduled(activityType=${e.activityTaskScheduled.activityType}, activityId=${e.activityTaskScheduled.activityId})`;
  }
  if (e.timerStarted) return `TimerStarted(timerId=${e.timerStarted.timerId})`;
  if (e.timerCanceled) return `TimerCanceled(timerId=${e.timerCanceled.timerId})`;
  const patch = patchMarkerOf(e);
  if (patch) return `MarkerRecorded(patch '${patch.patchId}'${patch.deprecated ? ', deprecated' : ''})`;
  if (e.markerRecorded) return `MarkerRecorded(${e.markerRecorded.markerName})`;
  return eventTypeOf(e);
}

function commandMatches(c: SandboxCommand, e: v1.IHistoryEvent): boolean {
  switch (c.type) {
    case 'scheduleActivity':
      return !!e.activityTaskScheduled && e.activityTaskScheduled.activityType === c.activityType &&
        e.activityTaskScheduled.activityId === String(c.seq);
    case 'startTimer': return !!e.timerStarted && e.timerStarted.timerId === String(c.seq);
    case 'cancelTimer': return !!e.timerCanceled && e.timerCanceled.timerId === String(c.seq);
    case 'patchMarker': return patchMarkerOf(e)?.patchId === c.patchId;
    case 'complete': return !!e.workflowExecutionCompleted;
    case 'fail': return !!e.workflowExecutionFailed;
  }
}

export function toProtoCommand(c: SandboxCommand): v1.ICommand {
  switch (c.type) {
    case 'scheduleActivity':
      return { scheduleActivityTask: {
        activityId: String(c.seq), activityType: c.activityType, taskQueue: c.options.taskQueue ?? '',
        input: { payloads: c.args.map(jsonToPayload) }, startToCloseTimeoutMs: c.options.startToCloseTimeoutMs,
        retryPolicy: c.options.retry ?? null,
      } };
    case 'startTimer': return { startTimer: { timerId: String(c.seq), startToFireTimeoutMs: c.ms } };
    case 'cancelTimer': return { cancelTimer: { timerId: String(c.seq) } };
    case 'patchMarker': return { recordMarker: { markerName: PATCH_MARKER, details: {
      patch_id: { payloads: [jsonToPayload(JSON.stringify(c.patchId))] },
      deprecated: { payloads: [jsonToPayload(JSON.stringify(c.deprecated))] },
    } } };
    case 'complete': return { completeWorkflowExecution: { result: { payloads: [jsonToPayload(c.result)] } } };
    case 'fail': return { failWorkflowExecution: { failure: failureToProto(c.failure) } };
  }
}

/**
 * For each workflow task that completed, the patches whose markers it recorded (keyed by its started event ID):
 * while replaying that task, patched(id) must answer as the code that decided it did.
 */
function patchesByTask(history: v1.IHistoryEvent[]): Map<number, string[]> {
  const byTask = new Map<number, string[]>();
  let owner: number | undefined;
  for (const e of history) {
    if (e.workflowTaskCompleted) {
      owner = Number(e.workflowTaskCompleted.startedEventId);
      continue;
    }
    if (!COMMAND_EVENTS.has(eventFieldOf(e))) {
      owner = undefined;
      continue;
    }
    const patch = patchMarkerOf(e);
    if (patch && owner !== undefined) byTask.set(owner, [...(byTask.get(owner) ?? []), patch.patchId]);
  }
  return byTask;
}

type Divergence = Omit<DivergenceDetails, 'workflowId' | 'runId' | 'workflowType' | 'location'> & { command?: SandboxCommand };

/**
 * Replays a run's history through its workflow code in a fresh sandbox and returns the commands of the last
 * (current) workflow task. Every workflow task that history records as completed is replayed as an activation
 * at its WorkflowTaskStarted event, and the commands it produces must match, one by one, the command events
 * recorded after its WorkflowTaskCompleted: a mismatch is a DeterminismViolationError naming the event, both
 * sides and the source line of the code's command. Tasks that failed or timed out are skipped, their events
 * carried to the next task, as the code saw them.
 */
export function executeWorkflowTask(code: WorkflowCode, task: WorkflowTaskInput, options: ExecuteOptions): WorkflowTaskOutcome {
  const { workflowType, history } = task;
  const first = history[0];
  if (!first?.workflowExecutionStarted) {
    return { ok: false, cause: 'WorkflowError', failure: { message: 'history does not begin with WorkflowExecutionStarted' } };
  }
  if (!code.workflowTypes.includes(workflowType)) {
    return { ok: false, cause: 'UnknownWorkflowType', failure: {
      message: `workflow type '${workflowType}' is not exported by this worker's workflows file ` +
        `(it exports: ${code.workflowTypes.join(', ') || 'nothing'})`, application: { type: 'UnknownWorkflowType' },
    } };
  }
  const result = replay(code, task, options, false);
  if (!('divergence' in result)) return result;
  // Divergences are rare: replay once more recording each command's stack, to point at the workflow source.
  const traced = replay(code, task, options, true);
  const d = 'divergence' in traced ? traced.divergence : result.divergence;
  const error = new DeterminismViolationError({
    workflowId: task.workflowId, runId: task.runId, workflowType, eventId: d.eventId, historyHolds: d.historyHolds,
    codeProduced: d.codeProduced, location: d.command?.stack ? code.sourceLocation(d.command.stack) : undefined,
  });
  return { ok: false, cause: 'Nondeterminism', failure: errorToFailureData(error), error };
}

function replay(code: WorkflowCode, task: WorkflowTaskInput, options: ExecuteOptions, captureStacks: boolean):
  WorkflowTaskOutcome | { divergence: Divergence } {
  const { history } = task;
  const first = history[0]!;
  const started = first.workflowExecutionStarted!;
  const completedTasks = new Set(history.filter((e) => e.workflowTaskCompleted)
    .map((e) => Number(e.workflowTaskCompleted!.startedEventId)));
  const patches = patchesByTask(history);
  const last = history[history.length - 1]!;
  const info: WorkflowInfoData = {
    workflowId: task.workflowId, runId: task.runId, workflowType: task.workflowType, taskQueue: started.taskQueue ?? '',
    attempt: task.attempt, historyLength: history.length, startTimeMs: Number(first.eventTimeMs),
  };
  let replaying = true;
  const sandbox = code.newSandbox(options.deadlineMs, (level, args) => {
    if (!replaying) options.log?.(info, level, args);
  });
  const activities = new Map<number, { seq: number; activityType: string; activityId: string }>();
  const timers = new Map<number, number>();
  let jobs: ActivationJob[] = [];
  let expected: SandboxCommand[] = [];
  let lastMatched: SandboxCommand | undefined;
  let matching = false;
  const produced = (eventId: number, historyHolds: string, command: SandboxCommand | undefined) => ({
    divergence: { eventId, historyHolds, codeProduced: command && describeCommand(command), command: command ?? lastMatched },
  });

  for (const event of history) {
    const eventId = Number(event.eventId);
    const field = eventFieldOf(event);
    if (COMMAND_EVENTS.has(field)) {
      const command = expected[0];
      if (command && commandMatches(command, event)) {
        expected.shift();
        lastMatched = command;
        if (command.type === 'scheduleActivity') {
          activities.set(eventId, { seq: command.seq, activityType: command.activityType, activityId: String(command.seq) });
        } else if (command.type === 'startTimer') {
          timers.set(eventId, command.seq);
        }
        continue;
      }
      // A deprecated patch's marker may be left behind by code that no longer asks for it.
      if (patchMarkerOf(event)?.deprecated) continue;
      return produced(eventId, describeEvent(event), command);
    }
    if (matching) {
      matching = false;
      if (expected.length > 0) {
        return produced(eventId, `${describeEvent(event)} (no further command of that task)`, expected[0]);
      }
    }
    switch (field) {
      case 'workflowExecutionStarted':
        jobs.push({ type: 'start', args: (started.input?.payloads ?? []).map(payloadToJson) });
        break;
      case 'workflowTaskStarted': {
        const isCurrent = !options.replayOnly && event === last;
        if (!isCurrent && !completedTasks.has(eventId)) break; // failed or timed out: its events go to the next task
        replaying = !isCurrent;
        info.historyLength = eventId;
        const notify: ActivationJob[] = (patches.get(eventId) ?? []).map((patchId) => ({ type: 'notifyPatch', patchId }));
        let result;
        try {
          result = sandbox.activate({ timeMs: Number(event.eventTimeMs), info, jobs: [...notify, ...jobs], replaying, captureStacks });
        } catch (err) {
          const e = err as Error;
          const deadline = /timed out/i.test(e.message);
          return { ok: false, cause: deadline ? 'Deadline' : 'WorkflowError', failure: errorToFailureData(deadline
            ? new Error(`workflow code ran for more than ${options.deadlineMs} ms without yielding (an endless loop?); ` +
              'the workflow task failed and will be retried') : e) };
        }
        jobs = [];
        if (result.taskFailure) {
          const unknown = result.taskFailure.application?.type === 'UnknownWorkflowType';
          return { ok: false, cause: unknown ? 'UnknownWorkflowType' : 'WorkflowError', failure: result.taskFailure };
        }
        if (isCurrent) return { ok: true, commands: result.commands.map(toProtoCommand) };
        expected = result.commands;
        break;
      }
      case 'workflowTaskCompleted':
        matching = true;
        break;
      case 'activityTaskCompleted': {
        const a = activities.get(Number(event.activityTaskCompleted!.scheduledEventId));
        if (a) jobs.push({ type: 'resolveActivity', seq: a.seq, result: payloadToJson(event.activityTaskCompleted!.result?.payloads?.[0]) });
        break;
      }
      case 'activityTaskFailed':
      case 'activityTaskTimedOut': {
        const attrs = (event.activityTaskFailed ?? event.activityTaskTimedOut)!;
        const a = activities.get(Number(attrs.scheduledEventId));
        if (!a) break;
        const cause = failureFromProto(attrs.failure ?? { message: 'unknown failure' });
        const retryState = failureFromProto({ activity: { retryState: attrs.retryState } }).activity!.retryState;
        jobs.push({ type: 'rejectActivity', seq: a.seq, failure: {
          message: `activity '${a.activityType}' (id ${a.activityId}) ${field === 'activityTaskTimedOut' ? 'timed out' : 'failed'}: ${cause.message}`,
          source: 'typescript-sdk',
          activity: { activityType: a.activityType, activityId: a.activityId, scheduledEventId: Number(attrs.scheduledEventId),
            startedEventId: Number(attrs.startedEventId), retryState },
          cause,
        } });
        break;
      }
      case 'timerFired': {
        const seq = timers.get(Number(event.timerFired!.startedEventId));
        if (seq !== undefined) jobs.push({ type: 'fireTimer', seq });
        break;
      }
      default:
        break;
    }
  }
  // History ended (a closed run, or the replayer): the code must not have asked for more than history holds.
  if (expected.length > 0) {
    return produced(Number(last.eventId) + 1, 'nothing (the history ends)', expected[0]);
  }
  return { ok: true, commands: [] };
}
