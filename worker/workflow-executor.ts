import { eventFieldOf, eventTypeOf, v1, type EventField } from '../proto/index.js';
import {
  LOCAL_ACTIVITY_MARKER, PATCH_MARKER, type Activation, type ActivationJob, type ActivationResult, type JsonText,
  type QueryResultData, type SandboxCommand, type WorkflowInfoData,
} from '../sdk/common/activation.js';
import { errorToFailureData, type FailureData } from '../sdk/common/failure.js';
import { failureFromProto, failureToProto, jsonToPayload, payloadToJson } from '../sdk/internal/payloads.js';
import { DeterminismViolationError, type DivergenceDetails } from './errors.js';
import type { WorkflowCode, WorkflowSandbox } from './sandbox.js';

/**
 * What running a local activity (all its attempts in this task) came to; recorded in a LOCAL_ACTIVITY_MARKER.
 * `backoffMs`: the last attempt failed and the next retry waits longer than the task may last (a timer follows).
 */
export type LocalActivityOutcome = { attempts: number; scheduledTimeMs?: number } & (
  | { ok: true; result: JsonText }
  | { ok: false; failure: FailureData; backoffMs?: number });
export type LocalActivityCommand = Extract<SandboxCommand, { type: 'localActivity' }>;

export type WorkflowTaskOutcome =
  | { ok: true; commands: v1.ICommand[]; queryResult?: QueryResultData }
  | { ok: false; cause: 'Nondeterminism' | 'WorkflowError' | 'UnknownWorkflowType' | 'Deadline'; failure: FailureData; error?: Error };

export interface ExecuteOptions {
  deadlineMs: number;
  log?: (info: WorkflowInfoData, level: string, args: unknown[]) => void;
  /**
   * Runs a local activity that the task being decided asked for (its attempts and retries, within `budgetMs`).
   * Without it, a local activity call fails the workflow task.
   */
  runLocalActivity?: (command: LocalActivityCommand, info: WorkflowInfoData, budgetMs: number) => Promise<LocalActivityOutcome>;
  /**
   * Replay the whole history and decide nothing (the replayer): every completed task is checked, a trailing task
   * that has not completed is not run, and the outcome's commands are empty.
   */
  replayOnly?: boolean;
  /** With replayOnly: once replayed, answer this (WorkflowTaskOutcome.queryResult). */
  query?: QueryInput;
}

export interface WorkflowTaskInput {
  workflowId: string;
  runId: string;
  workflowType: string;
  history: v1.IHistoryEvent[];
  attempt: number;
  continueAsNewSuggested?: boolean;
}

/** A read-only question to answer from the state replay leaves: a query, or an update's validation. */
export interface QueryInput {
  kind: 'query' | 'validateUpdate';
  name: string;
  args: JsonText[];
}

/** Events that record a command of workflow code: replay matches each against the code's next command. */
const COMMAND_EVENTS = new Set<EventField>([
  'activityTaskScheduled', 'activityTaskCancelRequested', 'timerStarted', 'timerCanceled', 'markerRecorded', 'workflowExecutionCompleted',
  'workflowExecutionFailed', 'workflowExecutionCanceled', 'workflowExecutionContinuedAsNew', 'startChildWorkflowExecutionInitiated',
  'signalExternalWorkflowExecutionInitiated', 'requestCancelExternalWorkflowExecutionInitiated', 'workflowExecutionUpdateCompleted',
]);

/** Commands that close the run: nothing may follow one. */
const CLOSING = new Set<SandboxCommand['type']>(['complete', 'fail', 'cancelWorkflow', 'continueAsNew']);

const PARENT_CLOSE_POLICIES = { TERMINATE: 1, ABANDON: 2, REQUEST_CANCEL: 3 } as const;
const REUSE_POLICIES = { ALLOW_DUPLICATE: 1, ALLOW_DUPLICATE_FAILED_ONLY: 2, REJECT_DUPLICATE: 3 } as const;

interface PatchMarker { patchId: string; deprecated: boolean }

/** The JSON value of one detail of a marker (undefined when absent). */
function markerDetail(m: v1.IMarkerRecorded, key: string): unknown {
  const text = payloadToJson(m.details?.[key]?.payloads?.[0]);
  return text === null ? undefined : JSON.parse(text);
}

function patchMarkerOf(e: v1.IHistoryEvent): PatchMarker | undefined {
  const m = e.markerRecorded;
  if (!m || m.markerName !== PATCH_MARKER) return undefined;
  const value = (key: string) => markerDetail(m, key);
  return { patchId: String(value('patch_id') ?? ''), deprecated: value('deprecated') === true };
}

interface LocalMarker {
  activityId: string;
  activityType: string;
  attempts: number;
  result: JsonText;
  failure?: v1.IFailure;
  backoffMs?: number;
  scheduledTimeMs?: number;
}

function localMarkerOf(e: v1.IHistoryEvent): LocalMarker | undefined {
  const m = e.markerRecorded;
  if (!m || m.markerName !== LOCAL_ACTIVITY_MARKER) return undefined;
  const value = (key: string) => markerDetail(m, key);
  const backoff = value('backoff_ms');
  const scheduled = value('scheduled_time_ms');
  return { activityId: String(value('activity_id') ?? ''), activityType: String(value('activity_type') ?? ''),
    attempts: Number(value('attempts') ?? 1), result: payloadToJson(m.details?.result?.payloads?.[0]), failure: m.failure ?? undefined,
    backoffMs: backoff === undefined ? undefined : Number(backoff), scheduledTimeMs: scheduled === undefined ? undefined : Number(scheduled) };
}

function describeCommand(c: SandboxCommand): string {
  switch (c.type) {
    case 'requestCancelActivity': return `RequestCancelActivityTask(activityId=${c.seq})`;
    case 'localActivity': return `RecordMarker(local activity ${c.activityType}, activityId=${c.seq})`;
    case 'scheduleActivity': return `ScheduleActivityTask(activityType=${c.activityType}, activityId=${c.seq})`;
    case 'startTimer': return `StartTimer(timerId=${c.seq}, ${c.ms} ms)`;
    case 'cancelTimer': return `CancelTimer(timerId=${c.seq})`;
    case 'patchMarker': return `RecordMarker(patch '${c.patchId}'${c.deprecated ? ', deprecated' : ''})`;
    case 'complete': return 'CompleteWorkflowExecution';
    case 'fail': return `FailWorkflowExecution(${c.failure.message})`;
    case 'cancelWorkflow': return 'CancelWorkflowExecution';
    case 'continueAsNew': return 'ContinueAsNewWorkflowExecution';
    case 'startChild': return `StartChildWorkflowExecution(workflowType=${c.workflowType}, childId=${c.seq})`;
    case 'signalExternal': return `SignalExternalWorkflowExecution(signal=${c.signalName}, signalId=${c.seq})`;
    case 'cancelExternal': return `RequestCancelExternalWorkflowExecution(workflowId=${c.workflowId}, cancelId=${c.seq})`;
    case 'completeUpdate': return `CompleteWorkflowUpdate(updateId=${c.updateId})`;
  }
}

function describeEvent(e: v1.IHistoryEvent): string {
  if (e.activityTaskScheduled) {
    return `ActivityTaskScheduled(activityType=${e.activityTaskScheduled.activityType}, activityId=${e.activityTaskScheduled.activityId})`;
  }
  if (e.activityTaskCancelRequested) return `ActivityTaskCancelRequested(activityId=${e.activityTaskCancelRequested.activityId})`;
  const local = localMarkerOf(e);
  if (local) return `MarkerRecorded(local activity ${local.activityType}, activityId=${local.activityId})`;
  if (e.timerStarted) return `TimerStarted(timerId=${e.timerStarted.timerId})`;
  if (e.timerCanceled) return `TimerCanceled(timerId=${e.timerCanceled.timerId})`;
  const patch = patchMarkerOf(e);
  if (patch) return `MarkerRecorded(patch '${patch.patchId}'${patch.deprecated ? ', deprecated' : ''})`;
  if (e.markerRecorded) return `MarkerRecorded(${e.markerRecorded.markerName})`;
  const child = e.startChildWorkflowExecutionInitiated;
  if (child) return `StartChildWorkflowExecutionInitiated(workflowType=${child.workflowType}, childId=${child.childId})`;
  const sig = e.signalExternalWorkflowExecutionInitiated;
  if (sig) return `SignalExternalWorkflowExecutionInitiated(signal=${sig.signalName}, signalId=${sig.signalId})`;
  const cancel = e.requestCancelExternalWorkflowExecutionInitiated;
  if (cancel) return `RequestCancelExternalWorkflowExecutionInitiated(workflowId=${cancel.execution?.workflowId}, cancelId=${cancel.cancelId})`;
  if (e.workflowExecutionUpdateCompleted) return `WorkflowExecutionUpdateCompleted(updateId=${e.workflowExecutionUpdateCompleted.updateId})`;
  return eventTypeOf(e);
}

function commandMatches(c: SandboxCommand, e: v1.IHistoryEvent): boolean {
  switch (c.type) {
    case 'scheduleActivity':
      return !!e.activityTaskScheduled && e.activityTaskScheduled.activityType === c.activityType &&
        e.activityTaskScheduled.activityId === String(c.seq);
    case 'requestCancelActivity':
      return !!e.activityTaskCancelRequested && e.activityTaskCancelRequested.activityId === String(c.seq);
    case 'localActivity': {
      const m = localMarkerOf(e);
      return !!m && m.activityId === String(c.seq) && m.activityType === c.activityType;
    }
    case 'startTimer': return !!e.timerStarted && e.timerStarted.timerId === String(c.seq);
    case 'cancelTimer': return !!e.timerCanceled && e.timerCanceled.timerId === String(c.seq);
    case 'patchMarker': return patchMarkerOf(e)?.patchId === c.patchId;
    case 'complete': return !!e.workflowExecutionCompleted;
    case 'fail': return !!e.workflowExecutionFailed;
    case 'cancelWorkflow': return !!e.workflowExecutionCanceled;
    case 'continueAsNew': return !!e.workflowExecutionContinuedAsNew;
    case 'startChild':
      return e.startChildWorkflowExecutionInitiated?.childId === String(c.seq) &&
        e.startChildWorkflowExecutionInitiated.workflowType === c.workflowType;
    case 'signalExternal': return e.signalExternalWorkflowExecutionInitiated?.signalId === String(c.seq);
    case 'cancelExternal': return e.requestCancelExternalWorkflowExecutionInitiated?.cancelId === String(c.seq);
    case 'completeUpdate': return e.workflowExecutionUpdateCompleted?.updateId === c.updateId;
  }
}

const jsonDetail = (value: unknown): v1.IPayloads => ({ payloads: [jsonToPayload(JSON.stringify(value))] });
const argsPayloads = (args: JsonText[]): v1.IPayloads => ({ payloads: args.map(jsonToPayload) });

export function toProtoCommand(c: SandboxCommand, locals?: Map<number, LocalActivityOutcome>): v1.ICommand {
  switch (c.type) {
    case 'scheduleActivity':
      return { scheduleActivityTask: {
        activityId: String(c.seq), activityType: c.activityType, taskQueue: c.options.taskQueue ?? '',
        input: argsPayloads(c.args), startToCloseTimeoutMs: c.options.startToCloseTimeoutMs,
        scheduleToCloseTimeoutMs: c.options.scheduleToCloseTimeoutMs ?? 0, scheduleToStartTimeoutMs: c.options.scheduleToStartTimeoutMs ?? 0,
        heartbeatTimeoutMs: c.options.heartbeatTimeoutMs ?? 0, retryPolicy: c.options.retry ?? null,
      } };
    case 'requestCancelActivity': return { requestCancelActivityTask: { activityId: String(c.seq) } };
    case 'localActivity': {
      const outcome = locals?.get(c.seq);
      if (!outcome) throw new Error(`local activity ${c.seq} has no outcome to record`);
      return { recordMarker: {
        markerName: LOCAL_ACTIVITY_MARKER,
        details: {
          activity_id: jsonDetail(String(c.seq)), activity_type: jsonDetail(c.activityType), attempts: jsonDetail(outcome.attempts),
          ...(outcome.ok ? { result: { payloads: [jsonToPayload(outcome.result)] } } : {}),
          ...(!outcome.ok && outcome.backoffMs !== undefined ? {
            backoff_ms: jsonDetail(outcome.backoffMs), scheduled_time_ms: jsonDetail(outcome.scheduledTimeMs ?? 0) } : {}),
        },
        failure: outcome.ok ? null : failureToProto(outcome.failure),
      } };
    }
    case 'startTimer': return { startTimer: { timerId: String(c.seq), startToFireTimeoutMs: c.ms } };
    case 'cancelTimer': return { cancelTimer: { timerId: String(c.seq) } };
    case 'patchMarker': return { recordMarker: { markerName: PATCH_MARKER, details: {
      patch_id: { payloads: [jsonToPayload(JSON.stringify(c.patchId))] },
      deprecated: { payloads: [jsonToPayload(JSON.stringify(c.deprecated))] },
    } } };
    case 'complete': return { completeWorkflowExecution: { result: { payloads: [jsonToPayload(c.result)] } } };
    case 'fail': return { failWorkflowExecution: { failure: failureToProto(c.failure) } };
    case 'cancelWorkflow': return { cancelWorkflowExecution: {} };
    case 'continueAsNew': return { continueAsNewWorkflowExecution: {
      workflowType: c.options.workflowType ?? '', taskQueue: c.options.taskQueue ?? '', input: argsPayloads(c.args),
      workflowTaskTimeoutMs: c.options.workflowTaskTimeoutMs ?? 0, workflowRunTimeoutMs: c.options.workflowRunTimeoutMs ?? 0,
    } };
    case 'startChild': return { startChildWorkflowExecution: {
      childId: String(c.seq), workflowId: c.workflowId, workflowType: c.workflowType, taskQueue: c.options.taskQueue ?? '',
      input: argsPayloads(c.args), workflowTaskTimeoutMs: c.options.workflowTaskTimeoutMs ?? 0,
      workflowExecutionTimeoutMs: c.options.workflowExecutionTimeoutMs ?? 0, workflowRunTimeoutMs: c.options.workflowRunTimeoutMs ?? 0,
      parentClosePolicy: c.options.parentClosePolicy ? PARENT_CLOSE_POLICIES[c.options.parentClosePolicy] : 0,
      workflowIdReusePolicy: c.options.workflowIdReusePolicy ? REUSE_POLICIES[c.options.workflowIdReusePolicy] : 0,
    } };
    case 'signalExternal': return { signalExternalWorkflowExecution: {
      signalId: String(c.seq), execution: { workflowId: c.workflowId, runId: c.runId ?? '' }, signalName: c.signalName,
      input: argsPayloads(c.args),
    } };
    case 'cancelExternal': return { requestCancelExternalWorkflowExecution: {
      cancelId: String(c.seq), execution: { workflowId: c.workflowId, runId: c.runId ?? '' }, reason: c.reason ?? '',
    } };
    case 'completeUpdate': return { completeWorkflowUpdate: {
      updateId: c.updateId, result: c.failure ? null : { payloads: [jsonToPayload(c.result ?? null)] },
      failure: c.failure ? failureToProto(c.failure) : null,
    } };
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
type Failed = Extract<WorkflowTaskOutcome, { ok: false }>;

/** The task being decided: its sandbox, ready for local activity results, and the commands so far. */
interface CurrentTask {
  sandbox: WorkflowSandbox;
  activation: Omit<Activation, 'jobs'>;
  commands: SandboxCommand[];
  /** How long the task's local activities may take (80% of the workflow task timeout, minus time spent). */
  budgetMs: number;
}

/**
 * Replays a run's history through its workflow code in a fresh sandbox and returns the commands of the last
 * (current) workflow task. Every workflow task that history records as completed is replayed as an activation
 * at its WorkflowTaskStarted event, and the commands it produces must match, one by one, the command events
 * recorded after its WorkflowTaskCompleted: a mismatch is a DeterminismViolationError naming the event, both
 * sides and the source line of the code's command. Tasks that failed or timed out are skipped, their events
 * carried to the next task, as the code saw them. Local activities of replayed tasks resolve from their markers;
 * those of the current task run now (options.runLocalActivity) and their outcomes become markers.
 */
export async function executeWorkflowTask(code: WorkflowCode, task: WorkflowTaskInput, options: ExecuteOptions): Promise<WorkflowTaskOutcome> {
  const result = replayToCurrentTask(code, task, options);
  return 'current' in result ? finishCurrentTask(result.current, options) : result;
}

/**
 * The synchronous part of executeWorkflowTask: replays every completed task and stops at the current one (with
 * its sandbox), or returns the outcome when there is none to decide (options.replayOnly) or replay failed.
 */
export function replayToCurrentTask(code: WorkflowCode, task: WorkflowTaskInput, options: ExecuteOptions):
  WorkflowTaskOutcome | { current: CurrentTask } {
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

/** Runs an activation, turning a deadline or an error thrown by the SDK into the task's failure. */
function activate(sandbox: WorkflowSandbox, activation: Activation, deadlineMs: number): ActivationResult | Failed {
  let result: ActivationResult;
  try {
    result = sandbox.activate(activation);
  } catch (err) {
    const e = err as Error;
    const deadline = /timed out/i.test(e.message);
    return { ok: false, cause: deadline ? 'Deadline' : 'WorkflowError', failure: errorToFailureData(deadline
      ? new Error(`workflow code ran for more than ${deadlineMs} ms without yielding (an endless loop?); ` +
        'the workflow task failed and will be retried') : e) };
  }
  if (result.taskFailure) {
    const unknown = result.taskFailure.application?.type === 'UnknownWorkflowType';
    return { ok: false, cause: unknown ? 'UnknownWorkflowType' : 'WorkflowError', failure: result.taskFailure };
  }
  return result;
}

/** The failure workflow code sees for a failed local activity: an ActivityFailure whose cause is the last attempt's. */
function localActivityFailure(seq: number, activityType: string, cause: FailureData): FailureData {
  return {
    message: `local activity '${activityType}' (id ${seq}) failed: ${cause.message}`, source: 'typescript-sdk',
    activity: { activityType, activityId: String(seq), retryState: cause.timeout ? 'TIMEOUT' : 'MAXIMUM_ATTEMPTS_REACHED' }, cause,
  };
}

function localJob(c: LocalActivityCommand, outcome: LocalActivityOutcome): ActivationJob {
  if (outcome.ok) return { type: 'resolveLocalActivity', seq: c.seq, result: outcome.result };
  if (outcome.backoffMs !== undefined) {
    return { type: 'backoffLocalActivity', seq: c.seq, backoffMs: outcome.backoffMs, nextAttempt: outcome.attempts + 1,
      scheduledTimeMs: outcome.scheduledTimeMs ?? 0, failure: outcome.failure };
  }
  return { type: 'rejectLocalActivity', seq: c.seq, failure: localActivityFailure(c.seq, c.activityType, outcome.failure) };
}

type Settled = SandboxCommand[] | Failed;

/**
 * The rounds of a task with local activities: yields the local activity commands of each round, takes their
 * outcomes as jobs, runs the next activation with them, and returns every command of the task when the code asks
 * for no more (or when a round has no outcome to give: a replay without the marker, a divergence found later).
 * Replay drives it synchronously from markers; the current task drives it with awaited runs.
 */
function* localActivityRounds(sandbox: WorkflowSandbox, activation: Omit<Activation, 'jobs'>, first: SandboxCommand[],
  deadlineMs: number): Generator<LocalActivityCommand[], Settled, ActivationJob[]> {
  const all = [...first];
  let fresh = first;
  for (;;) {
    const locals = fresh.filter((c): c is LocalActivityCommand => c.type === 'localActivity');
    if (locals.length === 0) return all;
    const jobs = yield locals;
    if (jobs.length === 0) return all;
    const result = activate(sandbox, { ...activation, jobs }, deadlineMs);
    if ('ok' in result) return result;
    fresh = result.commands;
    all.push(...fresh);
  }
}

async function finishCurrentTask(current: CurrentTask, options: ExecuteOptions): Promise<WorkflowTaskOutcome> {
  const outcomes = new Map<number, LocalActivityOutcome>();
  const started = Date.now();
  const rounds = localActivityRounds(current.sandbox, current.activation, current.commands, options.deadlineMs);
  let round = rounds.next();
  while (!round.done) {
    if (!options.runLocalActivity) throw new Error('local activities cannot run here (no runLocalActivity)');
    const locals = round.value;
    const budget = current.budgetMs - (Date.now() - started);
    const results = await Promise.all(locals.map((c) => options.runLocalActivity!(c, current.activation.info, budget)));
    round = rounds.next(locals.map((c, i) => {
      outcomes.set(c.seq, results[i]!);
      return localJob(c, results[i]!);
    }));
  }
  const commands = round.value;
  if ('ok' in commands) return commands;
  // Nothing may follow the command that closes the workflow (a dangling coroutine's late commands).
  const close = commands.findIndex((c) => CLOSING.has(c.type));
  const final = close >= 0 ? commands.slice(0, close + 1) : commands;
  return { ok: true, commands: final.map((c) => toProtoCommand(c, outcomes)) };
}

function replay(code: WorkflowCode, task: WorkflowTaskInput, options: ExecuteOptions, captureStacks: boolean):
  WorkflowTaskOutcome | { divergence: Divergence } | { current: CurrentTask } {
  const { history } = task;
  const first = history[0]!;
  const started = first.workflowExecutionStarted!;
  const completedTasks = new Set(history.filter((e) => e.workflowTaskCompleted)
    .map((e) => Number(e.workflowTaskCompleted!.startedEventId)));
  const patches = patchesByTask(history);
  const localMarkers = new Map<string, LocalMarker>();
  for (const e of history) {
    const m = localMarkerOf(e);
    if (m) localMarkers.set(m.activityId, m);
  }
  const last = history[history.length - 1]!;
  const info: WorkflowInfoData = {
    workflowId: task.workflowId, runId: task.runId, workflowType: task.workflowType, taskQueue: started.taskQueue ?? '',
    attempt: task.attempt, historyLength: history.length, startTimeMs: Number(first.eventTimeMs),
    continueAsNewSuggested: false, firstRunId: started.firstRunId || task.runId,
    originalRunId: started.originalExecutionRunId || task.runId, continuedFromRunId: started.continuedRunId || undefined,
    parent: started.parentExecution?.workflowId
      ? { workflowId: started.parentExecution.workflowId, runId: started.parentExecution.runId ?? '' } : undefined,
  };
  let replaying = true;
  const sandbox = code.newSandbox(options.deadlineMs, (level, args) => {
    if (!replaying) options.log?.(info, level, args);
  });
  const activities = new Map<number, { seq: number; activityType: string; activityId: string }>();
  const timers = new Map<number, number>();
  /** Children, signals and cancellations of other workflows, by the event ID that initiated them. */
  const children = new Map<number, { seq: number; workflowType: string; workflowId: string }>();
  const externals = new Map<number, { kind: 'signal' | 'cancel'; seq: number }>();
  let jobs: ActivationJob[] = [];
  let expected: SandboxCommand[] = [];
  let lastMatched: SandboxCommand | undefined;
  let matching = false;
  let taskTimeoutMs = 10_000;
  const produced = (eventId: number, historyHolds: string, command: SandboxCommand | undefined) => ({
    divergence: { eventId, historyHolds, codeProduced: command && describeCommand(command), command: command ?? lastMatched },
  });
  // A replayed task's local activities resolve from the markers it recorded (synchronously: no await happens).
  const fromMarkers = (locals: LocalActivityCommand[]): ActivationJob[] => locals.flatMap((c) => {
    const m = localMarkers.get(String(c.seq));
    if (!m || m.activityType !== c.activityType) return []; // a divergence, reported when the commands are matched
    return [localJob(c, m.failure
      ? { ok: false, failure: failureFromProto(m.failure), attempts: m.attempts, backoffMs: m.backoffMs, scheduledTimeMs: m.scheduledTimeMs }
      : { ok: true, result: m.result, attempts: m.attempts })];
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
        } else if (command.type === 'startChild') {
          children.set(eventId, { seq: command.seq, workflowType: command.workflowType, workflowId: command.workflowId });
        } else if (command.type === 'signalExternal' || command.type === 'cancelExternal') {
          externals.set(eventId, { kind: command.type === 'signalExternal' ? 'signal' : 'cancel', seq: command.seq });
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
      case 'workflowTaskScheduled':
        taskTimeoutMs = Number(event.workflowTaskScheduled!.startToCloseTimeoutMs) || taskTimeoutMs;
        break;
      case 'workflowTaskStarted': {
        const isCurrent = !options.replayOnly && event === last;
        if (!isCurrent && !completedTasks.has(eventId)) break; // failed or timed out: its events go to the next task
        replaying = !isCurrent;
        info.historyLength = eventId;
        info.continueAsNewSuggested = isCurrent && task.continueAsNewSuggested === true;
        const notify: ActivationJob[] = (patches.get(eventId) ?? []).map((patchId) => ({ type: 'notifyPatch', patchId }));
        const activation = { timeMs: Number(event.eventTimeMs), info, replaying, captureStacks };
        const result = activate(sandbox, { ...activation, jobs: [...notify, ...jobs] }, options.deadlineMs);
        if ('ok' in result) return result;
        jobs = [];
        if (isCurrent) {
          return { current: { sandbox, activation, commands: result.commands, budgetMs: Math.floor(taskTimeoutMs * 0.8) } };
        }
        const rounds = localActivityRounds(sandbox, activation, result.commands, options.deadlineMs);
        let round = rounds.next();
        while (!round.done) round = rounds.next(fromMarkers(round.value));
        if ('ok' in round.value) return round.value;
        expected = round.value;
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
      case 'activityTaskCanceled': {
        const attrs = event.activityTaskCanceled!;
        const a = activities.get(Number(attrs.scheduledEventId));
        if (!a) break;
        jobs.push({ type: 'rejectActivity', seq: a.seq, failure: {
          message: `activity '${a.activityType}' (id ${a.activityId}) was cancelled`, source: 'typescript-sdk',
          activity: { activityType: a.activityType, activityId: a.activityId, scheduledEventId: Number(attrs.scheduledEventId),
            startedEventId: Number(attrs.startedEventId), retryState: 'UNSPECIFIED' },
          cause: { message: attrs.failure?.message || 'cancelled', source: 'typescript-sdk', canceled: {} },
        } });
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
      case 'workflowExecutionSignaled': {
        const sig = event.workflowExecutionSignaled!;
        jobs.push({ type: 'signal', name: sig.signalName ?? '', args: (sig.input?.payloads ?? []).map(payloadToJson) });
        break;
      }
      case 'workflowExecutionCancelRequested':
        jobs.push({ type: 'cancelWorkflow', reason: event.workflowExecutionCancelRequested!.reason || 'cancelled' });
        break;
      case 'workflowExecutionUpdateAccepted': {
        const u = event.workflowExecutionUpdateAccepted!;
        jobs.push({ type: 'update', id: u.updateId ?? '', name: u.name ?? '', args: (u.input?.payloads ?? []).map(payloadToJson) });
        break;
      }
      default: {
        const job = childOrExternalJob(event, field, children, externals);
        if (job) jobs.push(job);
        break;
      }
    }
  }
  // History ended (a closed run, or the replayer): the code must not have asked for more than history holds.
  if (expected.length > 0) {
    return produced(Number(last.eventId) + 1, 'nothing (the history ends)', expected[0]);
  }
  if (options.query) {
    const q = options.query;
    const result = activate(sandbox, { timeMs: Number(last.eventTimeMs), info, replaying: true,
      jobs: [{ type: q.kind, name: q.name, args: q.args }] }, options.deadlineMs);
    if ('ok' in result) return result;
    if (result.commands.length > 0) {
      const what = q.kind === 'query' ? `query handler '${q.name}'` : `the validator of update '${q.name}'`;
      return { ok: true, commands: [], queryResult: { ok: false, failure: { message: `${what} tried to ` +
        `${describeCommand(result.commands[0]!)}: queries and validators must only read the workflow's state`,
      application: { type: 'QueryChangedState' } } } };
    }
    return { ok: true, commands: [], queryResult: result.queryResult };
  }
  return { ok: true, commands: [] };
}

/** The activation job of an event about a child workflow or another workflow this one signalled or cancelled. */
function childOrExternalJob(event: v1.IHistoryEvent, field: EventField,
  children: Map<number, { seq: number; workflowType: string; workflowId: string }>,
  externals: Map<number, { kind: 'signal' | 'cancel'; seq: number }>): ActivationJob | undefined {
  const attrs = event[field] as { initiatedEventId?: number | null; execution?: v1.IWorkflowExecution | null };
  const initiated = Number(attrs?.initiatedEventId ?? 0);
  const ext = externals.get(initiated);
  if (ext) {
    if (field === 'externalWorkflowExecutionSignaled' || field === 'externalWorkflowExecutionCancelRequested') {
      return { type: 'resolveExternal', kind: ext.kind, seq: ext.seq };
    }
    if (field === 'signalExternalWorkflowExecutionFailed' || field === 'requestCancelExternalWorkflowExecutionFailed') {
      const message = (attrs as { message?: string }).message || 'the workflow could not be reached';
      return { type: 'resolveExternal', kind: ext.kind, seq: ext.seq, failure: { message, source: 'typescript-sdk',
        application: { type: 'ExternalWorkflowExecutionNotFound', nonRetryable: true } } };
    }
    return undefined;
  }
  const child = children.get(initiated);
  if (!child) return undefined;
  const { seq, workflowType, workflowId } = child;
  const runId = attrs.execution?.runId ?? '';
  const failed = (what: string, cause: FailureData): ActivationJob => ({ type: 'rejectChild', seq, failure: {
    message: `child workflow '${workflowType}' (${workflowId}) ${what}`, source: 'typescript-sdk',
    childWorkflow: { workflowId, runId, workflowType, initiatedEventId: initiated }, cause } });
  switch (field) {
    case 'childWorkflowExecutionStarted': return { type: 'resolveChildStart', seq, runId };
    case 'startChildWorkflowExecutionFailed': {
      const message = event.startChildWorkflowExecutionFailed!.message || `workflow '${workflowId}' is already running`;
      return { type: 'rejectChildStart', seq, failure: { message: `child workflow '${workflowType}' could not start: ${message}`,
        source: 'typescript-sdk', childWorkflow: { workflowId, runId: '', workflowType, initiatedEventId: initiated },
        cause: { message, source: 'runtime', application: { type: 'WorkflowExecutionAlreadyStarted', nonRetryable: true } } } };
    }
    case 'childWorkflowExecutionCompleted':
      return { type: 'resolveChild', seq, result: payloadToJson(event.childWorkflowExecutionCompleted!.result?.payloads?.[0]) };
    case 'childWorkflowExecutionFailed': {
      const cause = failureFromProto(event.childWorkflowExecutionFailed!.failure ?? { message: 'failed' });
      return failed(`failed: ${cause.message}`, cause);
    }
    case 'childWorkflowExecutionCanceled':
      return failed('was cancelled', { message: 'child workflow cancelled', source: 'runtime', canceled: {} });
    case 'childWorkflowExecutionTerminated': {
      const reason = event.childWorkflowExecutionTerminated!.reason || 'terminated';
      return failed(`was terminated: ${reason}`, { message: reason, source: 'runtime', terminated: {} });
    }
    case 'childWorkflowExecutionTimedOut':
      return failed('timed out', { message: 'child workflow timed out', source: 'runtime', timeout: { timeoutType: 'START_TO_CLOSE' } });
    default: return undefined;
  }
}
