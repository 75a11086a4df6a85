/**
 * Reset, planned from a run's history alone: which events the new run keeps, and what was in flight at that
 * point and must be set going again (activities, timers, accepted updates), what came after it that is applied
 * again (signals), and what cannot be carried over (a child still running at that point).
 */
import type { v1 } from '../proto/index.js';
import { failedPrecondition, invalidArgument } from './errors.js';

export interface ResetPlan {
  /** The events the new run keeps: 1 .. the chosen task's WorkflowTaskStarted. */
  kept: v1.HistoryEvent[];
  /** The chosen task, failed in the new run with the reset's reason. */
  task: { scheduledEventId: number; startedEventId: number };
  /** ActivityTaskScheduled events with no outcome among the kept events; `cancelRequested` when the workflow asked. */
  activities: { event: v1.HistoryEvent; cancelRequestedEventId?: number }[];
  /** TimerStarted events neither fired nor cancelled among the kept events, with their fire time. */
  timers: { event: v1.HistoryEvent; fireTimeMs: number }[];
  /** Updates accepted among the kept events, with their outcome when it is kept too. */
  updates: { updateId: string; acceptedEventId: number; completed?: v1.IWorkflowExecutionUpdateCompleted }[];
  /** A cancellation request is among the kept events. */
  cancelRequested: boolean;
  /** Signals the old run received after the chosen task: the new run receives them again. */
  laterSignals: v1.IWorkflowExecutionSignaled[];
}

const FIELD = 'workflow_task_finish_event_id';

export function planReset(history: v1.HistoryEvent[], finishEventId: number): ResetPlan {
  const chosen = history.find((e) => Number(e.eventId) === finishEventId);
  if (!chosen) throw invalidArgument(FIELD, `event ${finishEventId} is not in the run's history (events 1 to ${history.length})`);
  let startedEventId: number;
  if (chosen.workflowTaskCompleted) startedEventId = Number(chosen.workflowTaskCompleted.startedEventId);
  else if (chosen.workflowTaskStarted) startedEventId = finishEventId;
  else throw invalidArgument(FIELD, `event ${finishEventId} is not a WorkflowTaskCompleted or WorkflowTaskStarted event`);
  const started = history[startedEventId - 1]!;
  const scheduledEventId = Number(started.workflowTaskStarted!.scheduledEventId);
  const kept = history.slice(0, startedEventId);

  const activities = new Map<number, { event: v1.HistoryEvent; cancelRequestedEventId?: number }>();
  const timers = new Map<string, { event: v1.HistoryEvent; fireTimeMs: number }>();
  const children = new Map<number, string>();
  const updates = new Map<string, ResetPlan['updates'][number]>();
  let cancelRequested = false;
  for (const e of kept) {
    const id = Number(e.eventId);
    const closesActivity = e.activityTaskCompleted ?? e.activityTaskFailed ?? e.activityTaskTimedOut ?? e.activityTaskCanceled;
    const closesChild = e.childWorkflowExecutionCompleted ?? e.childWorkflowExecutionFailed ?? e.childWorkflowExecutionCanceled ??
      e.childWorkflowExecutionTerminated ?? e.childWorkflowExecutionTimedOut ?? e.startChildWorkflowExecutionFailed;
    if (e.activityTaskScheduled) activities.set(id, { event: e });
    else if (e.activityTaskCancelRequested) {
      const a = activities.get(Number(e.activityTaskCancelRequested.scheduledEventId));
      if (a) a.cancelRequestedEventId = id;
    } else if (closesActivity) activities.delete(Number(closesActivity.scheduledEventId));
    else if (e.timerStarted) {
      timers.set(e.timerStarted.timerId!, { event: e, fireTimeMs: Number(e.eventTimeMs) + Number(e.timerStarted.startToFireTimeoutMs) });
    } else if (e.timerFired) timers.delete(e.timerFired.timerId!);
    else if (e.timerCanceled) timers.delete(e.timerCanceled.timerId!);
    else if (e.startChildWorkflowExecutionInitiated) children.set(id, e.startChildWorkflowExecutionInitiated.workflowId!);
    else if (closesChild) children.delete(Number(closesChild.initiatedEventId));
    else if (e.workflowExecutionCancelRequested) cancelRequested = true;
    else if (e.workflowExecutionUpdateAccepted) {
      updates.set(e.workflowExecutionUpdateAccepted.updateId!, { updateId: e.workflowExecutionUpdateAccepted.updateId!, acceptedEventId: id });
    } else if (e.workflowExecutionUpdateCompleted) {
      const u = updates.get(e.workflowExecutionUpdateCompleted.updateId!);
      if (u) u.completed = e.workflowExecutionUpdateCompleted;
    }
  }
  if (children.size > 0) {
    const [initiated, workflowId] = children.entries().next().value!;
    throw failedPrecondition(`cannot reset to event ${finishEventId}: child workflow '${workflowId}' (started at event ` +
      `${initiated}) had not closed by then and would be left without a parent; choose a workflow task after it closed`);
  }
  return {
    kept, task: { scheduledEventId, startedEventId }, activities: [...activities.values()], timers: [...timers.values()],
    updates: [...updates.values()], cancelRequested,
    laterSignals: history.slice(startedEventId).filter((e) => e.workflowExecutionSignaled).map((e) => e.workflowExecutionSignaled!),
  };
}
