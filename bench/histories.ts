/** Histories built in memory for the replay benchmark: what sequentialActivities(n) records on a server. */
import { pb, type v1 } from '../proto/index.js';
import { jsonToPayload } from '../sdk/internal/payloads.js';

/** The history of a completed `sequentialActivities(n)` run with about `events` events (six per activity). */
export function sequentialHistory(events: number, runId: string): v1.HistoryEvent[] {
  const n = Math.max(1, Math.floor((events - 6) / 6));
  const out: v1.IHistoryEvent[] = [];
  let t = Date.UTC(2026, 0, 1);
  const add = (e: Omit<v1.IHistoryEvent, 'eventId' | 'eventTimeMs'>) => {
    out.push({ eventId: out.length + 1, eventTimeMs: (t += 1), ...e });
    return out.length;
  };
  const json = (v: unknown) => ({ payloads: [jsonToPayload(JSON.stringify(v))] });
  add({ workflowExecutionStarted: { workflowType: 'sequentialActivities', taskQueue: 'bench', input: json(n),
    workflowId: `replay-${events}`, runId } });
  let scheduled = add({ workflowTaskScheduled: { taskQueue: 'bench', attempt: 1 } });
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const started = add({ workflowTaskStarted: { scheduledEventId: scheduled } });
    const completed = add({ workflowTaskCompleted: { scheduledEventId: scheduled, startedEventId: started } });
    if (i === n) {
      add({ workflowExecutionCompleted: { result: json(sum), workflowTaskCompletedEventId: completed } });
      break;
    }
    const act = add({ activityTaskScheduled: { activityId: String(i + 1), activityType: 'noop', taskQueue: 'bench',
      input: json(i), startToCloseTimeoutMs: 30_000, workflowTaskCompletedEventId: completed } });
    const actStarted = add({ activityTaskStarted: { scheduledEventId: act, attempt: 1 } });
    add({ activityTaskCompleted: { scheduledEventId: act, startedEventId: actStarted, result: json(i) } });
    sum += i;
    scheduled = add({ workflowTaskScheduled: { taskQueue: 'bench', attempt: 1 } });
  }
  return out.map((e) => pb.HistoryEvent.fromObject(e));
}
