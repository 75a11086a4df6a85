// The console's JSON API, reset, the needs-attention filter, /metrics and the workflow log lines, against a real
// server (gRPC and HTTP), Postgres and worker.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { Client, WorkflowFailedError } from 'reprise/client';
import { Worker } from 'reprise/worker';
import { replayHistory } from 'reprise/testing';
import type { RunningServer } from '../../dist/runtime/server.js';import { approve } from '../fixtures/console-workflows.js';
import { eventually, heartbeatUntilCancelled, ROOT, useTestServer } from '../helpers.js';

const WORKFLOWS = join(ROOT, 'test', 'fixtures', 'console-workflows.ts');
const QUEUE = 'console';
const id = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

const ran: string[] = [];
const activities = {
  async step(name: string): Promise<string> {
    ran.push(name);
    return `done: ${name}`;
  },
  async hold(what: string): Promise<string> {
    await heartbeatUntilCancelled(1200);
    return `held ${what}`;
  },
  async undo(what: string): Promise<string> {
    ran.push(`undo ${what}`);
    return 'undone';
  },
  async flaky(): Promise<string> {
    throw new Error('the bank is down');
  },
};

let server: RunningServer;
let client: Client;
let worker: Worker;
let running: Promise<void>;
const logLines: Record<string, unknown>[] = [];
useTestServer((s, c) => {
  server = s;
  client = c;
}, [], { consolePort: 0 });

async function startWorker(): Promise<void> {
  const sink = new Writable({ write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  } });
  worker = await Worker.create({ address: server.address, taskQueue: QUEUE, workflowsPath: WORKFLOWS, activities,
    logger: pino({ level: 'info' }, sink) });
  running = worker.run();
}

/** Waits until the approval workflow waits for its signal (a query fails until its first task completed). */
async function waitingForApproval(h: { query(name: string): Promise<unknown> }): Promise<void> {
  await eventually(async () => (await h.query('stage').catch(() => undefined)) === 'waiting for approval', 20_000, 'the approval to wait');
}

async function api<T = any>(path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.consoleUrl}${path}`, body === undefined ? undefined
    : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() as T };
}

describe('console API', () => {
  it('lists runs with counts by status and filters, pages, and describes one run as a process record', async () => {
    await startWorker();
    const prefix = id('list');
    for (let i = 0; i < 3; i++) {
      await client.workflow.start('failing', { taskQueue: QUEUE, workflowId: `${prefix}-done-${i}` });
    }
    const h = await client.workflow.start('approval', { taskQueue: QUEUE, workflowId: `${prefix}-waiting`, args: ['o-1'] });
    await waitingForApproval(h);
    // The failing ones go on retrying: terminate them so the counts are fixed.
    for (let i = 0; i < 3; i++) await client.workflow.getHandle(`${prefix}-done-${i}`).terminate('test');

    const all = await api(`/api/workflows?idPrefix=${prefix}`);
    expect(all.status).toBe(200);
    expect(all.body.executions.map((e: any) => e.execution.workflowId)).toEqual([`${prefix}-waiting`, `${prefix}-done-2`, `${prefix}-done-1`, `${prefix}-done-0`]);
    expect(all.body.counts).toMatchObject({ RUNNING: 1, TERMINATED: 3, COMPLETED: 0 });
    const runningOnly = await api(`/api/workflows?idPrefix=${prefix}&status=running`);
    expect(runningOnly.body.executions).toHaveLength(1);
    expect(runningOnly.body.counts.TERMINATED).toBe(3); // counts ignore the status filter: they label the tabs
    expect((await api(`/api/workflows?idPrefix=${prefix}&type=approval`)).body.executions).toHaveLength(1);
    expect((await api(`/api/workflows?idPrefix=${prefix}&taskQueue=elsewhere`)).body.executions).toHaveLength(0);
    expect((await api(`/api/workflows?idPrefix=${prefix}&startedAfter=${new Date(Date.now() + 60_000).toISOString()}`)).body.executions).toHaveLength(0);
    const page1 = await api(`/api/workflows?idPrefix=${prefix}&pageSize=3`);
    expect(page1.body.executions).toHaveLength(3);
    const page2 = await api(`/api/workflows?idPrefix=${prefix}&pageSize=3&pageToken=${page1.body.nextPageToken}`);
    expect(page2.body.executions.map((e: any) => e.execution.workflowId)).toEqual([`${prefix}-done-0`]);
    expect(page2.body.nextPageToken).toBe('');

    const bad = await api('/api/workflows?status=sleepy');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^status: 'sleepy' is not a workflow status/);
    expect((await api('/api/workflows?startedAfter=yesterday')).body.error).toMatch(/^startedAfter:/);
    expect((await api('/api/workflows?pageSize=lots')).body.error).toMatch(/^pageSize:/);
    expect((await api('/api/workflows/%E0%A4%A')).status).toBe(400);
    expect((await api('/api/nothing-here')).status).toBe(404);

    const d = await api(`/api/workflows/${prefix}-waiting`);
    expect(d.status).toBe(200);
    expect(d.body.info.status).toBe('WORKFLOW_EXECUTION_STATUS_RUNNING');
    expect(d.body.input).toEqual(['o-1']);
    expect(d.body.metadata).toEqual({ signals: ['approve'], queries: ['stage'], updates: [], blockedConditions: 1, bufferedSignals: [] });
    const gone = await api('/api/workflows/no-such-workflow');
    expect(gone.status).toBe(404);
    expect(gone.body.error).toBe("workflow 'no-such-workflow' not found");

    // A signal from the console needs a reason, and the history records it with who sent it.
    const noReason = await api(`/api/workflows/${prefix}-waiting/signal`, { name: 'approve', args: ['ops'] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toMatch(/^reason: is required/);
    expect((await api(`/api/workflows/${prefix}-waiting/signal`, { name: 'approve', args: 'ops', reason: 'x' })).body.error).toMatch(/^args:/);
    const sent = await api(`/api/workflows/${prefix}-waiting/signal`, { name: 'approve', args: ['ops'], reason: 'customer called', identity: 'ana' });
    expect(sent.status).toBe(200);
    expect(await h.result()).toMatchObject({ approvedBy: 'ops' });
    const history = await api(`/api/workflows/${prefix}-waiting/history?decoded=1`);
    const signaled = history.body.events.find((e: any) => e.eventType === 'WorkflowExecutionSignaled');
    expect(signaled).toMatchObject({ signalName: 'approve', input: ['ops'], reason: 'customer called', identity: 'ana' });
    const done = await api(`/api/workflows/${prefix}-waiting`);
    expect(done.body.result).toEqual([{ order: 'o-1', approvedBy: 'ops', steps: ['done: reserve o-1', 'done: ship o-1'] }]);
    expect(done.body.metadata).toBeNull();

    // The download is the replayer's format, and replays.
    const res = await fetch(`${server.consoleUrl}/api/workflows/${prefix}-waiting/history`);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.history\.json"$/);
    const file = await res.json();
    await replayHistory({ workflowsPath: WORKFLOWS }, file);
  });

  it('needs attention: a failing activity past its second attempt, and a run with queued work and no progress', async () => {
    const failing = await client.workflow.start('failing', { taskQueue: QUEUE, workflowId: id('attn-failing') });
    const calm = await client.workflow.start('sleeper', { taskQueue: QUEUE, workflowId: id('attn-calm') });
    const found = await eventually(async () => {
      const r = await api('/api/workflows?attention=1&idPrefix=attn-');
      return r.body.executions.length === 1 && r.body.executions[0];
    }, 20_000, 'the failing run to need attention');
    expect(found.execution.workflowId).toBe(failing.workflowId);
    expect(found.attention[0]).toMatch(/^activity 'flaky' on attempt \d+$/);
    // The sleeper waits on its timer: that is no reason for attention, however long it has been quiet.
    await delay(300);
    const stalled = await api('/api/workflows?attention=1&noProgress=100ms&idPrefix=attn-');
    expect(stalled.body.executions.map((e: any) => e.execution.workflowId)).toEqual([failing.workflowId]);
    // A run whose task queue nobody polls has queued work and makes no progress.
    const orphan = await client.workflow.start('approval', { taskQueue: 'nobody-polls', workflowId: id('attn-orphan'), args: ['x'] });
    await delay(300);
    const both = await api('/api/workflows?attention=1&noProgress=200ms&idPrefix=attn-');
    const orphanRow = both.body.executions.find((e: any) => e.execution.workflowId === orphan.workflowId);
    expect(orphanRow.attention[0]).toMatch(/^no progress for \d+s$/);
    const sdk = [];
    for await (const w of client.workflow.list({ needsAttention: true, noProgress: '200ms', workflowIdPrefix: 'attn-' })) sdk.push(w.workflowId);
    expect(sdk.sort()).toEqual([failing.workflowId, orphan.workflowId].sort());
    expect((await api('/api/workflows?attention=1&noProgress=soon')).status).toBe(400);
    for (const handle of [failing, calm, orphan]) await handle.terminate('test over');
  });

  it('cancel and terminate need a reason and record it with who acted', async () => {
    const a = await client.workflow.start('holding', { taskQueue: QUEUE, workflowId: id('cancel'), args: ['crate'] });
    await eventually(async () => (await a.describe()).pendingActivities[0]?.state === 'STARTED', 20_000, 'the activity to start');
    expect((await api(`/api/workflows/${a.workflowId}/cancel`, { reason: '  ' })).status).toBe(400);
    expect((await api(`/api/workflows/${a.workflowId}/cancel`, { reason: 'customer withdrew', identity: 'bo' })).status).toBe(200);
    await expect(a.result()).rejects.toThrow(WorkflowFailedError);
    expect((await a.describe()).status).toBe('CANCELED');
    expect(ran).toContain('undo crate');
    const events = (await a.fetchHistory()).events;
    expect(events.find((e) => e.eventType === 'WorkflowExecutionCancelRequested')).toMatchObject({ reason: 'customer withdrew', identity: 'bo' });

    const b = await client.workflow.start('sleeper', { taskQueue: QUEUE, workflowId: id('terminate') });
    expect((await api(`/api/workflows/${b.workflowId}/terminate`, {})).body.error).toMatch(/^reason: is required/);
    expect((await api(`/api/workflows/${b.workflowId}/terminate`, { reason: 'duplicate order' })).status).toBe(200);
    const t = (await b.fetchHistory()).events.at(-1)!;
    expect(t).toMatchObject({ eventType: 'WorkflowExecutionTerminated', reason: 'duplicate order' });
    expect(t.identity).toMatch(/^console \(/);
    const again = await api(`/api/workflows/${b.workflowId}/terminate`, { reason: 'again' });
    expect(again.status).toBe(404);
    expect(again.body.error).toMatch(/is not running|already closed/);
  });
});

describe('reset', () => {
  it('a run reset to its first workflow task starts over as a new run; the old one is terminated with the reason', async () => {
    const h = await client.workflow.start('approval', { taskQueue: QUEUE, workflowId: id('reset'), args: ['r-1'] });
    await waitingForApproval(h);
    const before = (await h.fetchHistory()).events;
    const firstTask = before.find((e) => e.eventType === 'WorkflowTaskCompleted')!;
    const runsBefore = ran.filter((r) => r === 'reserve r-1').length;
    const res = await api(`/api/workflows/${h.workflowId}/reset`, { eventId: firstTask.eventId, reason: 'bad reservation', identity: 'cy' });
    expect(res.status).toBe(200);
    const newRunId = res.body.runId as string;
    expect(newRunId).not.toBe(h.firstExecutionRunId);

    const old = await client.workflow.getHandle(h.workflowId, h.firstExecutionRunId).describe();
    expect(old.status).toBe('TERMINATED');
    expect(old.newExecutionRunId).toBe(newRunId);
    const oldLast = (await client.workflow.getHandle(h.workflowId, h.firstExecutionRunId).fetchHistory()).events.at(-1)!;
    expect(oldLast).toMatchObject({ eventType: 'WorkflowExecutionTerminated', identity: 'cy', newExecutionRunId: newRunId });
    expect(oldLast.reason).toBe(`reset to event ${firstTask.eventId}: bad reservation`);

    // The new run kept the events before the task, failed that task with the reason, and runs it again.
    const fresh = client.workflow.getHandle(h.workflowId, newRunId);
    await waitingForApproval(fresh);
    expect(ran.filter((r) => r === 'reserve r-1').length).toBe(runsBefore + 1);
    const events = (await fresh.fetchHistory()).events;
    const startedId = firstTask.startedEventId as number;
    expect(events.slice(0, startedId).map((e) => e.eventType)).toEqual(before.slice(0, startedId).map((e) => e.eventType));
    expect(events[0]).toMatchObject({ runId: newRunId, originalExecutionRunId: h.firstExecutionRunId });
    expect(events[startedId]).toMatchObject({ eventType: 'WorkflowTaskFailed', cause: 'ResetWorkflow', reason: 'bad reservation',
      identity: 'cy', baseRunId: h.firstExecutionRunId });
    const described = await fresh.describe();
    expect(described.continuedFromRunId).toBe(h.firstExecutionRunId);

    // The handle from start() follows the reset to the new run's result.
    await fresh.signal(approve, 'dee');
    expect(await h.result()).toMatchObject({ order: 'r-1', approvedBy: 'dee' });
    await replayHistory({ workflowsPath: WORKFLOWS }, await fresh.fetchHistory());
  });

  it('signals after the reset point are delivered again; a closed failed run can be reset; bad points are refused by name', async () => {
    const h = await client.workflow.start('approval', { taskQueue: QUEUE, workflowId: id('reset-signal'), args: ['r-2'] });
    await waitingForApproval(h);
    const waitingTask = (await h.fetchHistory()).events.filter((e) => e.eventType === 'WorkflowTaskCompleted').at(-1)!;
    await h.signal(approve, 'eve');
    expect(await h.result()).toMatchObject({ approvedBy: 'eve' });
    // Reset the completed run to the task before the signal: the signal comes again and the run completes again.
    const next = await client.workflow.getHandle(h.workflowId, h.firstExecutionRunId).reset({ eventId: waitingTask.eventId, reason: 'rerun shipping' });
    expect(await next.result()).toMatchObject({ approvedBy: 'eve', steps: ['done: reserve r-2', 'done: ship r-2'] });
    const closed = await client.workflow.getHandle(h.workflowId, h.firstExecutionRunId).describe();
    expect(closed.status).toBe('COMPLETED'); // a closed run stays as it was

    const started = (await next.fetchHistory()).events.find((e) => e.eventType === 'WorkflowExecutionStarted')!;
    const wrongKind = await api(`/api/workflows/${h.workflowId}/reset`, { eventId: started.eventId, reason: 'x', runId: next.runId });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error).toMatch(/^workflow_task_finish_event_id: event 1 is not a WorkflowTaskCompleted or WorkflowTaskStarted event/);
    const outside = await api(`/api/workflows/${h.workflowId}/reset`, { eventId: 9999, reason: 'x' });
    expect(outside.body.error).toMatch(/^workflow_task_finish_event_id: event 9999 is not in the run's history/);
    expect((await api(`/api/workflows/${h.workflowId}/reset`, { eventId: 3 })).body.error).toMatch(/^reason:/);
    // While a later run of the ID runs, an older run cannot be reset.
    const runningNow = await client.workflow.start('sleeper', { taskQueue: QUEUE, workflowId: h.workflowId });
    const conflict = await api(`/api/workflows/${h.workflowId}/reset`, { eventId: 4, reason: 'x', runId: next.runId });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatch(/is running in another run/);
    await runningNow.terminate('test over');
  });

  it('reset re-arms the timers and activities that were pending at the chosen task', async () => {
    const h = await client.workflow.start('sleeper', { taskQueue: QUEUE, workflowId: id('reset-timer') });
    await eventually(async () => (await h.describe()).pendingTimers.length === 1, 20_000, 'the timer');
    await h.signal('nobody-listens'); // a second task, after the timer started
    await eventually(async () => (await h.fetchHistory()).events.filter((e) => e.eventType === 'WorkflowTaskCompleted').length === 2,
      20_000, 'the second task');
    const second = (await h.fetchHistory()).events.filter((e) => e.eventType === 'WorkflowTaskCompleted')[1]!;
    const timerBefore = (await h.describe()).pendingTimers[0]!;
    const next = await h.reset({ eventId: second.eventId, reason: 'move on' });
    const after = await next.describe();
    expect(after.pendingTimers).toEqual([timerBefore]);
    await next.terminate('test over');
  });
});

describe('metrics and logs', () => {
  it('/metrics parses as Prometheus text and its counters move when workflows run', async () => {
    const read = async () => {
      const res = await fetch(`${server.consoleUrl}/metrics`);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return parsePrometheus(await res.text());
    };
    const before = await read();
    const started = (m: Metrics) => m.get('reprise_workflows_started_total{workflow_type="approval"}') ?? 0;
    const completed = (m: Metrics) => m.get('reprise_workflows_closed_total{status="completed",workflow_type="approval"}') ?? 0;
    const h = await client.workflow.start('approval', { taskQueue: QUEUE, workflowId: id('metrics'), args: ['m'] });
    await h.signal(approve, 'fay');
    await h.result();
    const after = await read();
    expect(started(after)).toBe(started(before) + 1);
    expect(completed(after)).toBe(completed(before) + 1);
    const stepAttempts = [...after].filter(([k]) => k.startsWith('reprise_activity_attempts_total{activity_type="step"'))
      .reduce((n, [, v]) => n + v, 0);
    expect(stepAttempts).toBeGreaterThanOrEqual(2);
    expect(after.get('reprise_workflow_end_to_end_seconds_count{status="completed",workflow_type="approval"}')).toBe(completed(after));
    expect(after.get('reprise_task_schedule_to_start_seconds_count{task="workflow",task_queue="console"}')).toBeGreaterThan(0);
    expect(after.get('reprise_task_schedule_to_start_seconds_count{task="activity",task_queue="console"}')).toBeGreaterThan(0);
    expect(after.get('reprise_activity_failures_total{activity_type="flaky",kind="failed"}')).toBeGreaterThan(2);
    expect(after.get('reprise_db_query_seconds_count{statement="COMMIT"}')).toBeGreaterThan(before.get('reprise_db_query_seconds_count{statement="COMMIT"}') ?? 0);
    const sleeping = await client.workflow.start('sleeper', { taskQueue: QUEUE, workflowId: id('metrics-open') });
    expect((await read()).get('reprise_open_workflows{workflow_type="sleeper"}')).toBeGreaterThanOrEqual(1);
    await sleeping.terminate('test over');
    expect([...after.keys()].some((k) => k.startsWith('reprise_timer_lag_seconds_count'))).toBe(true);
    const workerMetrics = parsePrometheus(await worker.metrics.metrics());
    expect(workerMetrics.get('reprise_worker_task_seconds_count{outcome="ok",task="workflow",task_queue="console"}')).toBeGreaterThan(0);
    expect(workerMetrics.get('reprise_worker_replayed_events_total{task_queue="console"}')).toBeGreaterThan(0);
  });

  it('console.log in a workflow is one structured line tagged with the run, and silent while replaying', async () => {
    const h = await client.workflow.start('approval', { taskQueue: QUEUE, workflowId: id('logs'), args: ['log-order'] });
    await waitingForApproval(h);
    await h.signal(approve, 'gus');
    await h.result();
    // Three workflow tasks (and a query) replayed the line; it was logged once, when it ran for real.
    const lines = logLines.filter((l) => l.msg === 'reserving log-order');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, source: 'workflow', workflowId: h.workflowId, runId: h.firstExecutionRunId,
      workflowType: 'approval' });
    await worker.shutdown();
    await running;
  });
});

type Metrics = Map<string, number>;

/** Prometheus text format: every sample line is `name{labels} value`; labels are sorted so tests can name them. */
function parsePrometheus(text: string): Metrics {
  const out: Metrics = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.e+-]+|[Nn]a[Nn]|\+Inf|-Inf)$/.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const labels = m[3] ? [...m[3].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((l) => `${l[1]}="${l[2]}"`).sort() : [];
    out.set(labels.length ? `${m[1]}{${labels.join(',')}}` : m[1]!, Number(m[4]));
  }
  return out;
}
