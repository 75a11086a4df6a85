/**
 * The replayer: runs recorded histories through workflow code, without a server, and reports whether the code
 * still produces the recorded commands. Used by tests (`reprise/testing`) and by `reprise replay` as a CI gate.
 */
import { durationMs, type Duration } from '../sdk/common/duration.js';
import { historyFromJSON, type HistoryJSON } from '../sdk/internal/history-json.js';
import { pb, type v1 } from '../proto/index.js';
import { bundleWorkflows } from './bundler.js';
import { DeterminismViolationError, ReplayError } from './errors.js';
import { WorkflowCode } from './sandbox.js';
import { replayToCurrentTask } from './workflow-executor.js';

export interface ReplayOptions {
  /** The workflows file (.ts or .js) whose code must replay the histories. */
  workflowsPath: string;
  /** Longest time workflow code may run without yielding, per task. @default '5s' */
  workflowTaskDeadline?: Duration;
}

/** A history as `handle.fetchHistory()` returns it, its JSON text, or the wire events. */
export type ReplayableHistory = HistoryJSON | string | v1.IHistoryEvent[] | { events: v1.IHistoryEvent[] };

export interface ReplayResult {
  workflowId: string;
  runId: string;
  workflowType: string;
  /** Number of events replayed. */
  events: number;
  /** Undefined when the history replayed cleanly; a DeterminismViolationError on a divergence; else a ReplayError. */
  error?: DeterminismViolationError | ReplayError;
}

function toEvents(history: ReplayableHistory): v1.IHistoryEvent[] {
  if (typeof history === 'string') return historyFromJSON(history);
  const events = Array.isArray(history) ? history : history?.events;
  if (!Array.isArray(events)) throw new TypeError('history: expected a history JSON object, its text, or an array of events');
  if (events.length > 0 && typeof (events[0] as { eventType?: unknown }).eventType === 'string') {
    return historyFromJSON(history as HistoryJSON);
  }
  return (events as v1.IHistoryEvent[]).map((e) => (e instanceof pb.HistoryEvent ? e : pb.HistoryEvent.fromObject(e)));
}

/** Workflow code bundled once, replaying any number of histories. */
export class Replayer {
  private constructor(private readonly code: WorkflowCode, private readonly deadlineMs: number) {}

  static async create(options: ReplayOptions): Promise<Replayer> {
    if (!options?.workflowsPath) throw new TypeError('replay options: workflowsPath is required');
    const deadlineMs = durationMs(options.workflowTaskDeadline ?? '5s', 'workflowTaskDeadline');
    return new Replayer(new WorkflowCode(await bundleWorkflows(options.workflowsPath)), deadlineMs);
  }

  /** Replays one history; never throws for a bad history (the result's error says what went wrong). */
  replay(history: ReplayableHistory): ReplayResult {
    let events: v1.IHistoryEvent[];
    try {
      events = toEvents(history);
    } catch (err) {
      return { workflowId: '', runId: '', workflowType: '', events: 0, error: new ReplayError((err as Error).message, '', '') };
    }
    const started = events[0]?.workflowExecutionStarted;
    const workflowId = started?.workflowId || '';
    const runId = started?.runId || '';
    const workflowType = started?.workflowType || '';
    const result: ReplayResult = { workflowId, runId, workflowType, events: events.length };
    const outcome = replayToCurrentTask(this.code, { workflowId, runId, workflowType, history: events, attempt: 1 },
      { deadlineMs: this.deadlineMs, replayOnly: true });
    if ('current' in outcome) throw new Error('replayOnly never stops at a current task');
    if (!outcome.ok) {
      result.error = outcome.error instanceof DeterminismViolationError ? outcome.error
        : new ReplayError(`replaying workflow '${workflowId}' (type ${workflowType || '?'}, run ${runId}) failed ` +
          `(${outcome.cause}): ${outcome.failure.message}`, workflowId, runId);
    }
    return result;
  }
}

/**
 * Replays one history with the workflows file's code; resolves when it replays cleanly, throws a
 * DeterminismViolationError on a divergence (or a ReplayError when it cannot be replayed at all).
 */
export async function replayHistory(options: ReplayOptions, history: ReplayableHistory): Promise<void> {
  const result = (await Replayer.create(options)).replay(history);
  if (result.error) throw result.error;
}

/** Replays many histories with one bundle of the code, yielding a result for each (divergences do not stop it). */
export async function* replayHistories(options: ReplayOptions,
  histories: Iterable<ReplayableHistory> | AsyncIterable<ReplayableHistory>): AsyncGenerator<ReplayResult> {
  const replayer = await Replayer.create(options);
  for await (const history of histories) yield replayer.replay(history);
}
