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
  /**
   * false: workflow code runs without a vm timeout on each call into the sandbox, because the caller enforces
   * `deadlineMs` itself (the worker thread's watchdog). A vm timeout starts a watchdog thread per call, which
   * costs far more than a small activation. @default true
   */
  callDeadlines?: boolean;
  /** Marks the sandbox's calls (see reportSandboxCalls), so a watchdog knows which task ran too long. */
  tag?: number;
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

/**
 * A map's entry, deleted: an activity's or timer's last event (its result, its firing) is the last that names it,
 * and a long run's replay state keeps only what is still open.
 */
function taken<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  map.delete(key);
  return value;
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
 * What replay needs to know ahead of a batch of events, read in one pass: the workflow tasks recorded as completed
 * (by their started event ID), for each of them the patches whose markers it recorded (while replaying that
 * task, patched(id) must answer as the code that decided it did), and the local activity markers.
 */
interface Lookahead {
  completedTasks: Set<number>;
  patches: Map<number, string[]>;
  localMarkers: LocalMarker[];
}

function lookAhead(history: v1.IHistoryEvent[]): Lookahead {
  const ahead: Lookahead = { completedTasks: new Set(), patches: new Map(), localMarkers: [] };
  let last = { index: -1, owner: undefined as number | undefined }; // the patch marker seen last, and its task
  for (let i = 0; i < history.length; i++) {
    const e = history[i]!;
    if (e.workflowTaskCompleted) {
      ahead.completedTasks.add(Number(e.workflowTaskCompleted.startedEventId));
      continue;
    }
    if (!e.markerRecorded) continue;
    const local = localMarkerOf(e);
    if (local) ahead.localMarkers.push(local);
    const patch = patchMarkerOf(e);
    if (!patch) continue;
    // Its task: the WorkflowTaskCompleted that the command events before it follow (or that of the patch
    // marker before it, when only command events lie between).
    let j = i - 1;
    while (j > last.index && !history[j]!.workflowTaskCompleted && COMMAND_EVENTS.has(eventFieldOf(history[j]!))) j--;
    const completed = history[j]?.workflowTaskCompleted;
    const owner = j === last.index ? last.owner : completed ? Number(completed.startedEventId) : undefined;
    last = { index: i, owner };
    if (owner !== undefined) ahead.patches.set(owner, [...(ahead.patches.get(owner) ?? []), patch.patchId]);
  }
  return ahead;
}

type Divergence = Omit<DivergenceDetails, 'workflowId' | 'runId' | 'workflowType' | 'location'> & { command?: SandboxCommand };
type Failed = Extract<WorkflowTaskOutcome, { ok: false }>;

/** The task being decided: its run, ready for local activity results, and the commands so far. */
interface CurrentTask {
  run: RunReplay;
  activation: Omit<Activation, 'jobs'>;
  commands: SandboxCommand[];
  /** How long the task's local activities may take (80% of the workflow task timeout, minus time spent). */
  budgetMs: number;
}

type FeedResult = WorkflowTaskOutcome | { divergence: Divergence } | { current: CurrentTask };

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
  return (await decideWorkflowTask(code, task, options))!.outcome; // without a cached run there is always an answer
}

/**
 * A workflow task decided, and the run's replay state when it can decide the run's next task from the new
 * events alone (the sticky cache keeps it): set when the outcome is a success that does not close the run.
 */
export interface Decided {
  outcome: WorkflowTaskOutcome;
  run?: RunReplay;
}

/**
 * Decides a workflow task. With `cached` (the run's state after the task it decided last), `task.history` holds
 * only the events that came after that task's WorkflowTaskStarted; they are fed to the live sandbox instead of
 * replaying everything. Returns undefined when the cached state cannot take them (events missing in between,
 * the task it decided was not recorded as completed, or anything but a clean decision): the caller replays the
 * whole history, which gives the same answer, or the precise error, from a fresh sandbox.
 */
export async function decideWorkflowTask(code: WorkflowCode, task: WorkflowTaskInput, options: ExecuteOptions,
  cached?: RunReplay): Promise<Decided | undefined> {
  let result: FeedResult;
  if (cached) {
    result = cached.feed(task);
    if (!('current' in result)) return undefined;
  } else {
    result = replayToCurrentTask(code, task, options);
    if (!('current' in result)) return { outcome: result };
  }
  const { outcome, final } = await finishCurrentTask(result.current, options);
  if (cached && !outcome.ok) return undefined;
  const closes = final?.some((c) => CLOSING.has(c.type)) ?? true;
  if (!outcome.ok || closes || options.replayOnly) return { outcome };
  result.current.run.decided(final!);
  return { outcome, run: result.current.run };
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
  const result = new RunReplay(code, task, options, false).feed(task);
  if (!('divergence' in result)) return result;
  // Divergences are rare: replay once more recording each command's stack, to point at the workflow source.
  const traced = new RunReplay(code, task, options, true).feed(task);
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
      ? new Error(deadlineMessage(deadlineMs)) : e) };
  }
  if (result.taskFailure) {
    const unknown = result.taskFailure.application?.type === 'UnknownWorkflowType';
    return { ok: false, cause: unknown ? 'UnknownWorkflowType' : 'WorkflowError', failure: result.taskFailure };
  }
  return result;
}

/** What a task that ran past its deadline fails with (here, or from the worker thread's watchdog). */
export function deadlineMessage(deadlineMs: number): string {
  return `workflow code ran for more than ${deadlineMs} ms without yielding (an endless loop?); ` +
    'the workflow task failed and will be retried';
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

/** Runs the current task's local activities and returns its outcome, with the commands it sent (on success). */
async function finishCurrentTask(current: CurrentTask, options: ExecuteOptions):
  Promise<{ outcome: WorkflowTaskOutcome; final?: SandboxCommand[] }> {
  const outcomes = new Map<number, LocalActivityOutcome>();
  const started = Date.now();
  const rounds = localActivityRounds(current.run.sandbox, current.activation, current.commands, options.deadlineMs);
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
  if ('ok' in commands) return { outcome: commands };
  // Nothing may follow the command that closes the workflow (a dangling coroutine's late commands).
  const close = commands.findIndex((c) => CLOSING.has(c.type));
  const final = close >= 0 ? commands.slice(0, close + 1) : commands;
  return { outcome: { ok: true, commands: final.map((c) => toProtoCommand(c, outcomes)) }, final };
}

/**
 * One run's replay: its sandbox and what replay has learnt so far (which event started which activity, timer,
 * child; the jobs gathered for the next activation; the commands the next command events must match). A worker
 * feeds it the whole history once; the sticky cache keeps it, and the run's next task feeds it only the new
 * events, so the work per task does not grow with the history.
 */
export class RunReplay {
  readonly sandbox: WorkflowSandbox;
  private readonly info: WorkflowInfoData;
  private replaying = true;
  private readonly activities = new Map<number, { seq: number; activityType: string; activityId: string }>();
  private readonly timers = new Map<number, number>();
  /** Children, signals and cancellations of other workflows, by the event ID that initiated them. */
  private readonly children = new Map<number, { seq: number; workflowType: string; workflowId: string }>();
  private readonly externals = new Map<number, { kind: 'signal' | 'cancel'; seq: number }>();
  private readonly localMarkers = new Map<string, LocalMarker>();
  private jobs: ActivationJob[] = [];
  private expected: SandboxCommand[] = [];
  private lastMatched: SandboxCommand | undefined;
  private matching = false;
  private taskTimeoutMs = 10_000;
  private readonly startInput: JsonText[];
  /** The id of the last event fed. */
  lastEventId = 0;
  /** The WorkflowTaskStarted event of the task decided last, whose completion the next events must begin with. */
  private decidedTaskId = 0;

  constructor(code: WorkflowCode, task: WorkflowTaskInput, private readonly options: ExecuteOptions,
    private readonly captureStacks: boolean) {
    const first = task.history[0]!;
    const started = first.workflowExecutionStarted!;
    this.startInput = (started.input?.payloads ?? []).map(payloadToJson);
    this.info = {
      workflowId: task.workflowId, runId: task.runId, workflowType: task.workflowType, taskQueue: started.taskQueue ?? '',
      attempt: task.attempt, historyLength: task.history.length, startTimeMs: Number(first.eventTimeMs),
      continueAsNewSuggested: false, firstRunId: started.firstRunId || task.runId,
      originalRunId: started.originalExecutionRunId || task.runId, continuedFromRunId: started.continuedRunId || undefined,
      parent: started.parentExecution?.workflowId
        ? { workflowId: started.parentExecution.workflowId, runId: started.parentExecution.runId ?? '' } : undefined,
    };
    const info = this.info;
    this.sandbox = code.newSandbox(options.callDeadlines === false ? undefined : options.deadlineMs, (level, args) => {
      if (!this.replaying) options.log?.(info, level, args);
    }, options.tag);
  }

  /** The commands of the task just decided: its WorkflowTaskCompleted and their events come next. */
  decided(commands: SandboxCommand[]): void {
    this.expected = [...commands];
    this.decidedTaskId = this.lastEventId;
  }

  /** Whether `events` carry on from what this replay has seen: the task it decided, recorded as completed, and no gap. */
  private continuesWith(events: v1.IHistoryEvent[]): boolean {
    const first = events[0];
    if (!first || Number(first.eventId) !== this.lastEventId + 1) return false;
    return this.decidedTaskId === 0 || Number(first.workflowTaskCompleted?.startedEventId ?? -1) === this.decidedTaskId;
  }

  private produced(eventId: number, historyHolds: string, command: SandboxCommand | undefined): { divergence: Divergence } {
    return { divergence: { eventId, historyHolds, codeProduced: command && describeCommand(command), command: command ?? this.lastMatched } };
  }

  /** A replayed task's local activities resolve from the markers it recorded (synchronously: no await happens). */
  private fromMarkers(locals: LocalActivityCommand[]): ActivationJob[] {
    return locals.flatMap((c) => {
      const m = this.localMarkers.get(String(c.seq));
      if (!m || m.activityType !== c.activityType) return []; // a divergence, reported when the commands are matched
      return [localJob(c, m.failure
        ? { ok: false, failure: failureFromProto(m.failure), attempts: m.attempts, backoffMs: m.backoffMs, scheduledTimeMs: m.scheduledTimeMs }
        : { ok: true, result: m.result, attempts: m.attempts })];
    });
  }

  /**
   * Feeds `task.history` (the whole history, or the events after the task decided last): replays each completed
   * task and stops at the current one, the last event when it is a WorkflowTaskStarted (unless replayOnly).
   */
  feed(task: WorkflowTaskInput): FeedResult {
    const { options, info } = this;
    const history = task.history;
    if (!this.continuesWith(history)) {
      return { ok: false, cause: 'WorkflowError', failure: { message: `events from ${Number(history[0]?.eventId ?? 0)} do not follow ` +
        `event ${this.lastEventId} of the cached run` } };
    }
    this.decidedTaskId = 0;
    info.attempt = task.attempt;
    const { completedTasks, patches, localMarkers } = lookAhead(history);
    for (const m of localMarkers) this.localMarkers.set(m.activityId, m);
    const last = history[history.length - 1]!;
    for (const event of history) {
      const eventId = Number(event.eventId);
      this.lastEventId = eventId;
      const field = eventFieldOf(event);
      if (COMMAND_EVENTS.has(field)) {
        const command = this.expected[0];
        if (command && commandMatches(command, event)) {
          this.expected.shift();
          this.lastMatched = command;
          if (command.type === 'scheduleActivity') {
            this.activities.set(eventId, { seq: command.seq, activityType: command.activityType, activityId: String(command.seq) });
          } else if (command.type === 'startTimer') {
            this.timers.set(eventId, command.seq);
          } else if (command.type === 'startChild') {
            this.children.set(eventId, { seq: command.seq, workflowType: command.workflowType, workflowId: command.workflowId });
          } else if (command.type === 'signalExternal' || command.type === 'cancelExternal') {
            this.externals.set(eventId, { kind: command.type === 'signalExternal' ? 'signal' : 'cancel', seq: command.seq });
          }
          continue;
        }
        // A deprecated patch's marker may be left behind by code that no longer asks for it.
        if (patchMarkerOf(event)?.deprecated) continue;
        return this.produced(eventId, describeEvent(event), command);
      }
      if (this.matching) {
        this.matching = false;
        if (this.expected.length > 0) {
          return this.produced(eventId, `${describeEvent(event)} (no further command of that task)`, this.expected[0]);
        }
      }
      switch (field) {
        case 'workflowExecutionStarted':
          this.jobs.push({ type: 'start', args: this.startInput });
          break;
        case 'workflowTaskScheduled':
          this.taskTimeoutMs = Number(event.workflowTaskScheduled!.startToCloseTimeoutMs) || this.taskTimeoutMs;
          break;
        case 'workflowTaskStarted': {
          const isCurrent = !options.replayOnly && event === last;
          if (!isCurrent && !completedTasks.has(eventId)) break; // failed or timed out: its events go to the next task
          this.replaying = !isCurrent;
          info.historyLength = eventId;
          info.continueAsNewSuggested = isCurrent && task.continueAsNewSuggested === true;
          const notify = patches.get(eventId)?.map((patchId): ActivationJob => ({ type: 'notifyPatch', patchId }));
          const jobs = notify ? [...notify, ...this.jobs] : this.jobs;
          const timeMs = Number(event.eventTimeMs);
          const result = activate(this.sandbox, { timeMs, info, replaying: this.replaying, captureStacks: this.captureStacks, jobs },
            options.deadlineMs);
          if ('ok' in result) return result;
          this.jobs = [];
          const activation = { timeMs, info, replaying: this.replaying, captureStacks: this.captureStacks };
          if (isCurrent) {
            return { current: { run: this, activation, commands: result.commands, budgetMs: Math.floor(this.taskTimeoutMs * 0.8) } };
          }
          if (!result.commands.some((c) => c.type === 'localActivity')) { // most tasks: no rounds of local activities
            this.expected = result.commands;
            break;
          }
          const rounds = localActivityRounds(this.sandbox, activation, result.commands, options.deadlineMs);
          let round = rounds.next();
          while (!round.done) round = rounds.next(this.fromMarkers(round.value));
          if ('ok' in round.value) return round.value;
          this.expected = round.value;
          break;
        }
        case 'workflowTaskCompleted':
          this.matching = true;
          break;
        default: {
          const job = this.jobOf(event, field);
          if (job) this.jobs.push(job);
          break;
        }
      }
    }
    // History ended (a closed run, or the replayer): the code must not have asked for more than history holds.
    if (this.expected.length > 0) {
      return this.produced(Number(last.eventId) + 1, 'nothing (the history ends)', this.expected[0]);
    }
    if (options.query) return this.answer(options.query, Number(last.eventTimeMs));
    return { ok: true, commands: [] };
  }

  /** A query or an update's validation, answered from the state replay left. */
  private answer(q: QueryInput, timeMs: number): WorkflowTaskOutcome {
    const result = activate(this.sandbox, { timeMs, info: this.info, replaying: true,
      jobs: [{ type: q.kind, name: q.name, args: q.args }] }, this.options.deadlineMs);
    if ('ok' in result) return result;
    if (result.commands.length > 0) {
      const what = q.kind === 'query' ? `query handler '${q.name}'` : `the validator of update '${q.name}'`;
      return { ok: true, commands: [], queryResult: { ok: false, failure: { message: `${what} tried to ` +
        `${describeCommand(result.commands[0]!)}: queries and validators must only read the workflow's state`,
      application: { type: 'QueryChangedState' } } } };
    }
    return { ok: true, commands: [], queryResult: result.queryResult };
  }

  /** The activation job of an event that resolves something the code waits on (none for the rest). */
  private jobOf(event: v1.IHistoryEvent, field: EventField): ActivationJob | undefined {
    switch (field) {
      case 'activityTaskCompleted': {
        const a = taken(this.activities, Number(event.activityTaskCompleted!.scheduledEventId));
        return a && { type: 'resolveActivity', seq: a.seq, result: payloadToJson(event.activityTaskCompleted!.result?.payloads?.[0]) };
      }
      case 'activityTaskCanceled': {
        const attrs = event.activityTaskCanceled!;
        const a = taken(this.activities, Number(attrs.scheduledEventId));
        if (!a) return undefined;
        return { type: 'rejectActivity', seq: a.seq, failure: {
          message: `activity '${a.activityType}' (id ${a.activityId}) was cancelled`, source: 'typescript-sdk',
          activity: { activityType: a.activityType, activityId: a.activityId, scheduledEventId: Number(attrs.scheduledEventId),
            startedEventId: Number(attrs.startedEventId), retryState: 'UNSPECIFIED' },
          cause: { message: attrs.failure?.message || 'cancelled', source: 'typescript-sdk', canceled: {} },
        } };
      }
      case 'activityTaskFailed':
      case 'activityTaskTimedOut': {
        const attrs = (event.activityTaskFailed ?? event.activityTaskTimedOut)!;
        const a = taken(this.activities, Number(attrs.scheduledEventId));
        if (!a) return undefined;
        const cause = failureFromProto(attrs.failure ?? { message: 'unknown failure' });
        const retryState = failureFromProto({ activity: { retryState: attrs.retryState } }).activity!.retryState;
        return { type: 'rejectActivity', seq: a.seq, failure: {
          message: `activity '${a.activityType}' (id ${a.activityId}) ${field === 'activityTaskTimedOut' ? 'timed out' : 'failed'}: ${cause.message}`,
          source: 'typescript-sdk',
          activity: { activityType: a.activityType, activityId: a.activityId, scheduledEventId: Number(attrs.scheduledEventId),
            startedEventId: Number(attrs.startedEventId), retryState },
          cause,
        } };
      }
      case 'timerFired': {
        const seq = taken(this.timers, Number(event.timerFired!.startedEventId));
        return seq === undefined ? undefined : { type: 'fireTimer', seq };
      }
      case 'workflowExecutionSignaled': {
        const sig = event.workflowExecutionSignaled!;
        return { type: 'signal', name: sig.signalName ?? '', args: (sig.input?.payloads ?? []).map(payloadToJson) };
      }
      case 'workflowExecutionCancelRequested':
        return { type: 'cancelWorkflow', reason: event.workflowExecutionCancelRequested!.reason || 'cancelled' };
      case 'workflowExecutionUpdateAccepted': {
        const u = event.workflowExecutionUpdateAccepted!;
        return { type: 'update', id: u.updateId ?? '', name: u.name ?? '', args: (u.input?.payloads ?? []).map(payloadToJson) };
      }
      default:
        return childOrExternalJob(event, field, this.children, this.externals);
    }
  }
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
