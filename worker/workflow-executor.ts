import { eventFieldOf, eventTypeOf, v1 } from '../proto/index.js';
import type { ActivationJob, SandboxCommand, WorkflowInfoData } from '../sdk/common/activation.js';
import { errorToFailureData, type FailureData } from '../sdk/common/failure.js';
import { failureFromProto, failureToProto, jsonToPayload, payloadToJson } from '../sdk/internal/payloads.js';
import { DeterminismViolationError } from './errors.js';
import type { WorkflowCode } from './sandbox.js';

export type WorkflowTaskOutcome =
  | { ok: true; commands: v1.ICommand[] }
  | { ok: false; cause: 'Nondeterminism' | 'WorkflowError' | 'UnknownWorkflowType' | 'Deadline'; failure: FailureData; error?: Error };

export interface ExecuteOptions {
  deadlineMs: number;
  log?: (info: WorkflowInfoData, level: string, args: unknown[]) => void;
}

const COMMAND_EVENTS = new Set(['activityTaskScheduled', 'timerStarted', 'workflowExecutionCompleted', 'workflowExecutionFailed']);

function describeCommand(c: SandboxCommand): string {
  switch (c.type) {
    case 'scheduleActivity': return `ScheduleActivityTask(activityType=${c.activityType}, activityId=${c.seq})`;
    case 'startTimer': return `StartTimer(timerId=${c.seq}, ${c.ms} ms)`;
    case 'complete': return 'CompleteWorkflowExecution';
    case 'fail': return `FailWorkflowExecution(${c.failure.message})`;
  }
}

function describeEvent(e: v1.IHistoryEvent): string {
  if (e.activityTaskScheduled) {
    return `ActivityTaskScheduled(activityType=${e.activityTaskScheduled.activityType}, activityId=${e.activityTaskScheduled.activityId})`;
  }
  if (e.timerStarted) return `TimerStarted(timerId=${e.timerStarted.timerId})`;
  return eventTypeOf(e);
}

function commandMatches(c: SandboxCommand, e: v1.IHistoryEvent): boolean {
  switch (c.type) {
    case 'scheduleActivity':
      return !!e.activityTaskScheduled && e.activityTaskScheduled.activityType === c.activityType &&
        e.activityTaskScheduled.activityId === String(c.seq);
    case 'startTimer': return !!e.timerStarted && e.timerStarted.timerId === String(c.seq);
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
    case 'complete': return { completeWorkflowExecution: { result: { payloads: [jsonToPayload(c.result)] } } };
    case 'fail': return { failWorkflowExecution: { failure: failureToProto(c.failure) } };
  }
}

/**
 * Replays a run's history through its workflow code in a fresh sandbox and returns the commands of the last
 * (current) workflow task. Every workflow task that history records as completed is replayed as an activation
 * at its WorkflowTaskStarted event, and the commands it produces must match, one by one, the command events
 * recorded after its WorkflowTaskCompleted: a mismatch is a DeterminismViolationError naming the event.
 * Tasks that failed or timed out are skipped, their events carried to the next task, as the code saw them.
 */
export interface WorkflowTaskInput {
  workflowId: string;
  runId: string;
  workflowType: string;
  history: v1.IHistoryEvent[];
  attempt: number;
}

export function executeWorkflowTask(code: WorkflowCode, task: WorkflowTaskInput, options: ExecuteOptions): WorkflowTaskOutcome {
  const { workflowType, history } = task;
  const first = history[0];
  const started = first?.workflowExecutionStarted;
  if (!first || !started) {
    return { ok: false, cause: 'WorkflowError', failure: { message: 'history does not begin with WorkflowExecutionStarted' } };
  }
  if (!code.workflowTypes.includes(workflowType)) {
    return { ok: false, cause: 'UnknownWorkflowType', failure: {
      message: `workflow type '${workflowType}' is not exported by this worker's workflows file ` +
        `(it exports: ${code.workflowTypes.join(', ') || 'nothing'})`, application: { type: 'UnknownWorkflowType' },
    } };
  }
  const completedTasks = new Set(history.filter((e) => e.workflowTaskCompleted)
    .map((e) => Number(e.workflowTaskCompleted!.startedEventId)));
  const last = history[history.length - 1]!;
  const info: WorkflowInfoData = {
    workflowId: task.workflowId, runId: task.runId, workflowType, taskQueue: started.taskQueue ?? '', attempt: task.attempt,
    historyLength: history.length, startTimeMs: Number(first.eventTimeMs),
  };
  return replay();

  function replay(): WorkflowTaskOutcome {
    let replaying = true;
    const sandbox = code.newSandbox(options.deadlineMs, (level, args) => {
      if (!replaying) options.log?.(info, level, args);
    });
    const activities = new Map<number, { seq: number; activityType: string; activityId: string }>();
    const timers = new Map<number, number>();
    let jobs: ActivationJob[] = [];
    let expected: SandboxCommand[] = [];
    let matching = false;
    const diverged = (eventId: number, message: string): WorkflowTaskOutcome => {
      const error = new DeterminismViolationError(`nondeterminism at event ${eventId}: ${message}`, eventId);
      return { ok: false, cause: 'Nondeterminism', failure: errorToFailureData(error), error };
    };
    for (const event of history) {
      const eventId = Number(event.eventId);
      const field = eventFieldOf(event);
      if (COMMAND_EVENTS.has(field)) {
        const command = expected.shift();
        if (!command) {
          return diverged(eventId, `history holds ${describeEvent(event)} but the workflow code produced no command here`);
        }
        if (!commandMatches(command, event)) {
          return diverged(eventId, `history holds ${describeEvent(event)} but the workflow code produced ${describeCommand(command)}`);
        }
        if (command.type === 'scheduleActivity') {
          activities.set(eventId, { seq: command.seq, activityType: command.activityType, activityId: String(command.seq) });
        } else if (command.type === 'startTimer') {
          timers.set(eventId, command.seq);
        }
        continue;
      }
      if (matching) {
        matching = false;
        if (expected.length > 0) {
          return diverged(eventId, `the workflow code produced ${describeCommand(expected[0]!)} which history does not ` +
            `hold (history continues with ${describeEvent(event)})`);
        }
      }
      switch (field) {
        case 'workflowExecutionStarted':
          jobs.push({ type: 'start', args: (started!.input?.payloads ?? []).map(payloadToJson) });
          break;
        case 'workflowTaskStarted': {
          const isCurrent = event === last;
          if (!isCurrent && !completedTasks.has(eventId)) break; // failed or timed out: its events go to the next task
          replaying = !isCurrent;
          info.historyLength = eventId;
          let result;
          try {
            result = sandbox.activate({ timeMs: Number(event.eventTimeMs), info, jobs });
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
    // History ended without a current task (a closed run, replayed in full): every command must be matched.
    if (expected.length > 0) {
      return diverged(Number(last.eventId) + 1, `the workflow code produced ${describeCommand(expected[0]!)} which history does not hold`);
    }
    return { ok: true, commands: [] };
  }
}
