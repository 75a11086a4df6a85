// The reset planner reads only history: what the new run keeps, what was in flight at the chosen task, what
// comes again, and which points it refuses.
import { describe, expect, it } from 'vitest';
import { pb, type v1 } from '../../dist/proto/index.js';
import { planReset } from '../../dist/runtime/reset.js';

type Attrs = Omit<v1.IHistoryEvent, 'eventId' | 'eventTimeMs'>;
function history(...events: Attrs[]): v1.HistoryEvent[] {
  return events.map((e, i) => pb.HistoryEvent.create({ ...e, eventId: i + 1, eventTimeMs: 1_000 * (i + 1) }));
}
const task = (scheduled: number): Attrs[] => [
  { workflowTaskScheduled: {} }, { workflowTaskStarted: { scheduledEventId: scheduled } },
  { workflowTaskCompleted: { scheduledEventId: scheduled, startedEventId: scheduled + 1 } },
];

describe('planReset', () => {
  const h = history(
    { workflowExecutionStarted: { workflowType: 'w', runId: 'r1' } }, ...task(2), // 1-4
    { activityTaskScheduled: { activityId: 'a', activityType: 'charge' } }, // 5: completes at 10
    { activityTaskScheduled: { activityId: 'b', activityType: 'ship' } }, // 6: still pending at the second task
    { timerStarted: { timerId: 't1', startToFireTimeoutMs: 60_000 } }, // 7: pending
    { timerStarted: { timerId: 't2', startToFireTimeoutMs: 10 } }, // 8: fires at 9
    { timerFired: { timerId: 't2', startedEventId: 8 } }, // 9
    { activityTaskCompleted: { scheduledEventId: 5 } }, // 10
    ...task(11), // 11-13
    { workflowExecutionSignaled: { signalName: 'late', identity: 'x' } }, // 14: after the second task
    ...task(15), // 15-17
  );

  it('keeps the events up to the chosen task\'s start and finds what was in flight there', () => {
    const plan = planReset(h, 13);
    expect(plan.kept.map((e) => Number(e.eventId))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(plan.task).toEqual({ scheduledEventId: 11, startedEventId: 12 });
    expect(plan.activities.map((a) => a.event.activityTaskScheduled!.activityId)).toEqual(['b']);
    expect(plan.timers).toEqual([{ event: h[6], fireTimeMs: 7_000 + 60_000 }]);
    expect(plan.laterSignals.map((s) => s.signalName)).toEqual(['late']);
    expect(plan.cancelRequested).toBe(false);
  });

  it('accepts a WorkflowTaskStarted event, and the first task takes everything but the start back', () => {
    const plan = planReset(h, 3);
    expect(plan.kept).toHaveLength(3);
    expect(plan.activities).toEqual([]);
    expect(plan.laterSignals.map((s) => s.signalName)).toEqual(['late']);
  });

  it('refuses points that are not a workflow task, outside the history, or before a child closed', () => {
    expect(() => planReset(h, 5)).toThrow(/^workflow_task_finish_event_id: event 5 is not a WorkflowTaskCompleted or WorkflowTaskStarted event$/);
    expect(() => planReset(h, 99)).toThrow(/^workflow_task_finish_event_id: event 99 is not in the run's history \(events 1 to 17\)$/);
    const withChild = history({ workflowExecutionStarted: {} }, ...task(2),
      { startChildWorkflowExecutionInitiated: { workflowId: 'kid' } }, ...task(6));
    expect(() => planReset(withChild, 8)).toThrow(/child workflow 'kid' \(started at event 5\) had not closed/);
    const closedChild = history({ workflowExecutionStarted: {} }, ...task(2),
      { startChildWorkflowExecutionInitiated: { workflowId: 'kid' } }, { childWorkflowExecutionCompleted: { initiatedEventId: 5 } }, ...task(7));
    expect(planReset(closedChild, 9).kept).toHaveLength(8);
  });

  it('carries cancel requests and accepted updates with their outcome', () => {
    const hh = history({ workflowExecutionStarted: {} }, ...task(2),
      { workflowExecutionCancelRequested: { reason: 'r' } }, // 5
      { workflowExecutionUpdateAccepted: { updateId: 'u1', name: 'n' } }, // 6
      { workflowExecutionUpdateAccepted: { updateId: 'u2', name: 'n' } }, // 7
      ...task(8), // 8-10
      { workflowExecutionUpdateCompleted: { updateId: 'u1' } }, // 11
      ...task(12));
    const plan = planReset(hh, 14);
    expect(plan.cancelRequested).toBe(true);
    expect(plan.updates.map((u) => [u.updateId, u.acceptedEventId, !!u.completed])).toEqual([['u1', 6, true], ['u2', 7, false]]);
  });
});
