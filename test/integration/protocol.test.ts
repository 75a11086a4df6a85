/** The wire contract seen by a raw gRPC client: validation, task tokens, stale and duplicate completions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { pb, v1, workerServiceDefinition, workflowServiceDefinition } from '../../dist/proto/index.js';
import { call, makeClient } from '../../dist/sdk/internal/grpc.js';
import { ServiceError } from 'reprise/client';
import type { RunningServer } from '../../dist/runtime/server.js';
import { startTestServer } from '../helpers.js';

let server: RunningServer;
let wf: ReturnType<typeof makeClient>;
let wk: ReturnType<typeof makeClient>;
const id = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;

beforeAll(async () => {
  server = await startTestServer();
  wf = makeClient(workflowServiceDefinition, server.address);
  wk = makeClient(workerServiceDefinition, server.address);
});

afterAll(async () => {
  wf?.close();
  wk?.close();
  await server?.stop();
});

async function grpcError(p: Promise<unknown>): Promise<ServiceError> {
  const err = await p.then(() => undefined, (e) => e);
  expect(err).toBeInstanceOf(ServiceError);
  return err as ServiceError;
}

async function historyLength(workflowId: string): Promise<number> {
  const res = await call<object, v1.GetWorkflowHistoryResponse>(wf, 'getWorkflowHistory', { execution: { workflowId } });
  return res.events.length;
}

describe('validation', () => {
  it.each([
    [{ workflowType: 't', taskQueue: 'q' }, 'workflow_id: is required'],
    [{ workflowId: 'w', taskQueue: 'q' }, 'workflow_type: is required'],
    [{ workflowId: 'w', workflowType: 't' }, 'task_queue: is required'],
    [{ workflowId: 'x'.repeat(1001), workflowType: 't', taskQueue: 'q' }, 'workflow_id: is longer than 1000 characters'],
  ])('StartWorkflow %j is refused with INVALID_ARGUMENT naming the field', async (req, message) => {
    const err = await grpcError(call(wf, 'startWorkflow', req));
    expect(err.grpcCode).toBe(status.INVALID_ARGUMENT);
    expect(err.message).toBe(message);
  });

  it('an unknown workflow is NOT_FOUND', async () => {
    const err = await grpcError(call(wf, 'describeWorkflow', { execution: { workflowId: 'nope' } }));
    expect(err.grpcCode).toBe(status.NOT_FOUND);
    expect(err.message).toContain("workflow 'nope' not found");
    // A named run that does not exist, for a result wait and for a describe alike.
    for (const method of ['waitWorkflowResult', 'describeWorkflow']) {
      const named = await grpcError(call(wf, method, { execution: { workflowId: 'nope', runId: '01NOPE' }, waitMs: 100 }));
      expect(named.grpcCode).toBe(status.NOT_FOUND);
      expect(named.message).toContain("workflow 'nope' has no run '01NOPE'");
    }
  });

  it('a malformed task token is INVALID_ARGUMENT', async () => {
    const err = await grpcError(call(wk, 'completeWorkflowTask', { taskToken: Buffer.from('garbage!') }));
    expect(err.grpcCode).toBe(status.INVALID_ARGUMENT);
    expect(err.message).toMatch(/^task_token: /);
  });

  it('a bad command fails the completion with the field path and writes nothing', async () => {
    const workflowId = id('badcmd');
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId });
    const task = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, waitMs: 5_000 });
    const before = await historyLength(workflowId);
    const err = await grpcError(call(wk, 'completeWorkflowTask', { taskToken: task.taskToken, commands: [
      { startTimer: { timerId: '1', startToFireTimeoutMs: 0 } }] }));
    expect(err.grpcCode).toBe(status.INVALID_ARGUMENT);
    expect(err.message).toBe('commands[0].start_timer.start_to_fire_timeout_ms: must be greater than 0');
    expect(await historyLength(workflowId)).toBe(before);
  });
});

describe('messages to workflows', () => {
  it.each([
    ['signalWorkflow', { execution: { workflowId: 'w' } }, 'signal_name: is required'],
    ['signalWorkflow', { signalName: 's' }, 'execution.workflow_id: is required'],
    ['queryWorkflow', { execution: { workflowId: 'w' } }, 'query_name: is required'],
    ['updateWorkflow', { execution: { workflowId: 'w' } }, 'name: is required'],
    ['signalWithStartWorkflow', { start: { workflowId: 'w', workflowType: 't', taskQueue: 'q' } }, 'signal_name: is required'],
    ['startWorkflow', { workflowId: 'w', workflowType: 't', taskQueue: 'q', workflowIdReusePolicy: 7 }, 'workflow_id_reuse_policy: 7 is not a known value'],
    ['startWorkflow', { workflowId: 'w', workflowType: 't', taskQueue: 'q', workflowRunTimeoutMs: -5 }, 'workflow_run_timeout_ms: must not be negative'],
  ])('%s %j is refused with INVALID_ARGUMENT naming the field', async (method, req, message) => {
    const err = await grpcError(call(wf, method, req));
    expect(err.grpcCode).toBe(status.INVALID_ARGUMENT);
    expect(err.message).toBe(message);
  });

  it('a close command that is not last is refused; nothing is written', async () => {
    const workflowId = id('closefirst');
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId });
    const task = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, waitMs: 5_000 });
    const before = await historyLength(workflowId);
    const err = await grpcError(call(wk, 'completeWorkflowTask', { taskToken: task.taskToken, commands: [
      { continueAsNewWorkflowExecution: {} }, { startTimer: { timerId: '1', startToFireTimeoutMs: 5 } }] }));
    expect(err.message).toBe('commands[0]: a command that closes the workflow must be the last command');
    expect(await historyLength(workflowId)).toBe(before);
  });
});

describe('workflow task timeouts', () => {
  it('a workflow task its worker never completes times out and is retried on another worker; the late completion is refused', async () => {
    const workflowId = id('hung');
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId, workflowTaskTimeoutMs: 300 });
    const hung = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, identity: 'hung-worker', waitMs: 5_000 });
    const retried = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, identity: 'other-worker', waitMs: 10_000 });
    expect(retried.attempt).toBe(2);
    await call(wk, 'completeWorkflowTask', { taskToken: retried.taskToken, identity: 'other-worker', commands: [
      { completeWorkflowExecution: { result: { payloads: [] } } }] });
    const late = await grpcError(call(wk, 'completeWorkflowTask', { taskToken: hung.taskToken, identity: 'hung-worker', commands: [] }));
    expect(late.grpcCode).toBe(status.NOT_FOUND);
    const res = await call<object, v1.GetWorkflowHistoryResponse>(wf, 'getWorkflowHistory', { execution: { workflowId } });
    const kinds = res.events.map((e) => Object.keys(pb.HistoryEvent.toObject(e)).find((k) => !['eventId', 'eventTimeMs'].includes(k)));
    expect(kinds).toEqual(['workflowExecutionStarted', 'workflowTaskScheduled', 'workflowTaskStarted', 'workflowTaskTimedOut',
      'workflowTaskScheduled', 'workflowTaskStarted', 'workflowTaskCompleted', 'workflowExecutionCompleted']);
    expect(res.events[5]!.workflowTaskStarted!.identity).toBe('other-worker');
  });
});

describe('new command kinds', () => {
  it.each([
    [{ cancelTimer: {} }, 'commands[0].cancel_timer.timer_id: is required'],
    [{ recordMarker: {} }, 'commands[0].record_marker.marker_name: is required'],
    [{ requestCancelActivityTask: {} }, 'commands[0].request_cancel_activity_task.activity_id: is required'],
    [{ scheduleActivityTask: { activityId: '1', activityType: 'a' } },
      'commands[0].schedule_activity_task.start_to_close_timeout_ms: must be greater than 0 (or give schedule_to_close_timeout_ms)'],
    [{ scheduleActivityTask: { activityId: '1', activityType: 'a', startToCloseTimeoutMs: 10, heartbeatTimeoutMs: -1 } },
      'commands[0].schedule_activity_task.heartbeat_timeout_ms: must not be negative'],
    [{ startChildWorkflowExecution: { childId: '1', workflowType: 't' } }, 'commands[0].start_child_workflow_execution.workflow_id: is required'],
    [{ startChildWorkflowExecution: { childId: '1', workflowId: 'c', workflowType: 't', parentClosePolicy: 9 } },
      'commands[0].start_child_workflow_execution.parent_close_policy: 9 is not a known value'],
    [{ signalExternalWorkflowExecution: { signalId: '1', execution: { workflowId: 'w' } } },
      'commands[0].signal_external_workflow_execution.signal_name: is required'],
    [{ requestCancelExternalWorkflowExecution: { cancelId: '1' } },
      'commands[0].request_cancel_external_workflow_execution.execution.workflow_id: is required'],
    [{ completeWorkflowUpdate: {} }, 'commands[0].complete_workflow_update.update_id: is required'],
  ])('%j is refused with the field path', async (command, message) => {
    const workflowId = id('badcmd2');
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId });
    const task = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, waitMs: 5_000 });
    const err = await grpcError(call(wk, 'completeWorkflowTask', { taskToken: task.taskToken, commands: [command] }));
    expect(err.message).toBe(message);
  });

  it('a cancelled timer is recorded and never fires; a marker is recorded with its details', async () => {
    const workflowId = id('cancel');
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId });
    let task = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, waitMs: 5_000 });
    await call(wk, 'completeWorkflowTask', { taskToken: task.taskToken, commands: [
      { startTimer: { timerId: '1', startToFireTimeoutMs: 300 } }] });
    // When timer 1 fires, the next task starts timer 2, cancels it in the same completion and records a marker.
    task = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, waitMs: 5_000 });
    expect(task.history.some((e) => e.timerFired)).toBe(true);
    await call(wk, 'completeWorkflowTask', { taskToken: task.taskToken, commands: [
      { startTimer: { timerId: '2', startToFireTimeoutMs: 200 } },
      { cancelTimer: { timerId: '2' } },
      { recordMarker: { markerName: 'note', details: { k: { payloads: [{ data: Buffer.from('1') }] } } } },
    ] });
    await new Promise((r) => setTimeout(r, 500));
    const res = await call<object, v1.GetWorkflowHistoryResponse>(wf, 'getWorkflowHistory', { execution: { workflowId } });
    const tail = res.events.slice(-3);
    expect(tail[0]!.timerStarted?.timerId).toBe('2');
    expect(tail[1]!.timerCanceled).toMatchObject({ timerId: '2', startedEventId: tail[0]!.eventId });
    expect(tail[2]!.markerRecorded?.markerName).toBe('note');
    expect(Buffer.from(tail[2]!.markerRecorded!.details!.k!.payloads![0]!.data!).toString()).toBe('1');
    expect(res.events.filter((e) => e.timerFired)).toHaveLength(1); // timer 2 never fired
    const d = await call<object, v1.DescribeWorkflowResponse>(wf, 'describeWorkflow', { execution: { workflowId } });
    expect(d.pendingTimers).toEqual([]);
  });
});

describe('ListWorkflows', () => {
  it('pages newest first and filters by type, status, ID prefix and start time', async () => {
    const prefix = id('list');
    for (let i = 0; i < 5; i++) {
      await call(wf, 'startWorkflow', { workflowId: `${prefix}-${i}`, workflowType: i % 2 ? 'odd' : 'even', taskQueue: prefix });
    }
    const ids: string[] = [];
    let token: Uint8Array = new Uint8Array();
    do {
      const page = await call<object, v1.ListWorkflowsResponse>(wf, 'listWorkflows', { workflowIdPrefix: prefix, pageSize: 2, nextPageToken: token });
      expect(page.executions.length).toBeLessThanOrEqual(2);
      ids.push(...page.executions.map((e) => e.execution!.workflowId!));
      token = page.nextPageToken;
    } while (token.length > 0);
    expect(ids).toEqual([4, 3, 2, 1, 0].map((i) => `${prefix}-${i}`));
    const odd = await call<object, v1.ListWorkflowsResponse>(wf, 'listWorkflows', { workflowIdPrefix: prefix, workflowType: 'odd' });
    expect(odd.executions.map((e) => e.execution!.workflowId)).toEqual([`${prefix}-3`, `${prefix}-1`]);
    const running = await call<object, v1.ListWorkflowsResponse>(wf, 'listWorkflows', { workflowIdPrefix: prefix,
      statuses: [v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED] });
    expect(running.executions).toEqual([]);
    const future = await call<object, v1.ListWorkflowsResponse>(wf, 'listWorkflows', { workflowIdPrefix: prefix, startedAfterMs: Date.now() + 60_000 });
    expect(future.executions).toEqual([]);
    const literal = await call<object, v1.ListWorkflowsResponse>(wf, 'listWorkflows', { workflowIdPrefix: `${prefix.slice(0, -1)}%` });
    expect(literal.executions).toEqual([]); // % is not a wildcard
  });

  it.each([
    [{ pageSize: 5000 }, 'page_size: must be between 0 and 1000'],
    [{ nextPageToken: Buffer.from('junk') }, 'next_page_token: is not a token this service issued'],
    [{ statuses: [42] }, 'statuses: 42 is not a workflow status'],
  ])('%j is refused naming the field', async (req, message) => {
    const err = await grpcError(call(wf, 'listWorkflows', req));
    expect(err.grpcCode).toBe(status.INVALID_ARGUMENT);
    expect(err.message).toBe(message);
  });
});

describe('task tokens', () => {
  it('a duplicate workflow task completion is rejected and writes nothing', async () => {
    const workflowId = id('dup');
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId });
    const task = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, waitMs: 5_000 });
    expect(task.history.map((e) => pb.HistoryEvent.create(e).eventId)).toEqual([1, 2, 3]);
    const complete = { taskToken: task.taskToken, commands: [{ startTimer: { timerId: '1', startToFireTimeoutMs: 60_000 } }] };
    await call(wk, 'completeWorkflowTask', complete);
    const after = await historyLength(workflowId);
    const err = await grpcError(call(wk, 'completeWorkflowTask', complete));
    expect(err.grpcCode).toBe(status.NOT_FOUND);
    expect(err.message).toContain('is no longer running');
    expect(await historyLength(workflowId)).toBe(after);
  });

  it('an activity completion after its attempt timed out is rejected; the retry completes it', async () => {
    const workflowId = id('late');
    const q = workflowId;
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: q });
    const wt = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: q, waitMs: 5_000 });
    await call(wk, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: [{ scheduleActivityTask: {
      activityId: '1', activityType: 'a', startToCloseTimeoutMs: 300, retryPolicy: { initialIntervalMs: 10 } } }] });
    const first = await call<object, v1.ActivityTask>(wk, 'pollActivityTask', { taskQueue: q, waitMs: 5_000 });
    expect(first.attempt).toBe(1);
    // The attempt times out; the runtime schedules attempt 2.
    const second = await call<object, v1.ActivityTask>(wk, 'pollActivityTask', { taskQueue: q, waitMs: 5_000 });
    expect(second.attempt).toBe(2);
    const before = await historyLength(workflowId);
    const err = await grpcError(call(wk, 'completeActivityTask', { taskToken: first.taskToken, result: { payloads: [] } }));
    expect(err.grpcCode).toBe(status.NOT_FOUND);
    expect(await historyLength(workflowId)).toBe(before);
    await call(wk, 'completeActivityTask', { taskToken: second.taskToken, result: { payloads: [] } });
    const res = await call<object, v1.GetWorkflowHistoryResponse>(wf, 'getWorkflowHistory', { execution: { workflowId } });
    const started = res.events.find((e) => e.activityTaskStarted)!.activityTaskStarted!;
    expect(started.attempt).toBe(2);
    expect(started.lastFailure?.message).toMatch(/start-to-close timeout of 300 ms elapsed/);
  });

  it('heartbeats: a bad token is INVALID_ARGUMENT; a heartbeat of a closed attempt is NOT_FOUND; cancel_requested after a cancel', async () => {
    expect((await grpcError(call(wk, 'recordActivityTaskHeartbeat', {}))).message).toBe('task_token: is required');
    const workflowId = id('hb');
    const q = workflowId;
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: q });
    let wt = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: q, waitMs: 5_000 });
    await call(wk, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: [{ scheduleActivityTask: {
      activityId: '1', activityType: 'a', startToCloseTimeoutMs: 30_000 } }, { startTimer: { timerId: '1', startToFireTimeoutMs: 1 } }] });
    const at = await call<object, v1.ActivityTask>(wk, 'pollActivityTask', { taskQueue: q, waitMs: 5_000 });
    const details = { payloads: [{ data: Buffer.from('7') }] };
    const hb = await call<object, v1.RecordActivityTaskHeartbeatResponse>(wk, 'recordActivityTaskHeartbeat', { taskToken: at.taskToken, details });
    expect(hb.cancelRequested).toBe(false);
    // The workflow cancels the running activity: the next heartbeat says so; the reported cancel closes it.
    wt = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: q, waitMs: 5_000 }); // the timer fired
    await call(wk, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: [{ requestCancelActivityTask: { activityId: '1' } }] });
    const after = await call<object, v1.RecordActivityTaskHeartbeatResponse>(wk, 'recordActivityTaskHeartbeat', { taskToken: at.taskToken });
    expect(after.cancelRequested).toBe(true);
    await call(wk, 'failActivityTask', { taskToken: at.taskToken, failure: { message: 'stopped', canceled: {} } });
    const err = await grpcError(call(wk, 'recordActivityTaskHeartbeat', { taskToken: at.taskToken }));
    expect(err.grpcCode).toBe(status.NOT_FOUND);
    const res = await call<object, v1.GetWorkflowHistoryResponse>(wf, 'getWorkflowHistory', { execution: { workflowId } });
    const canceled = res.events.find((e) => e.activityTaskCanceled)!.activityTaskCanceled!;
    expect(Number(canceled.latestCancelRequestedEventId)).toBe(Number(res.events.find((e) => e.activityTaskCancelRequested)!.eventId));
  });

  it('a poll with nothing to do returns an empty task when its wait is over', async () => {
    const t0 = Date.now();
    const task = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: id('empty'), waitMs: 300 });
    expect(task.taskToken.length).toBe(0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });
});

describe('history paging', () => {
  it('pages through a history with next_page_token', async () => {
    const workflowId = id('pages');
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId });
    const wt = await call<object, v1.WorkflowTask>(wk, 'pollWorkflowTask', { taskQueue: workflowId, waitMs: 5_000 });
    await call(wk, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: Array.from({ length: 7 }, (_, i) =>
      ({ startTimer: { timerId: String(i + 1), startToFireTimeoutMs: 600_000 } })) });
    const ids: number[] = [];
    let token: Uint8Array = new Uint8Array();
    let pages = 0;
    do {
      const res = await call<object, v1.GetWorkflowHistoryResponse>(wf, 'getWorkflowHistory',
        { execution: { workflowId }, maximumPageSize: 3, nextPageToken: token });
      ids.push(...res.events.map((e) => e.eventId));
      token = res.nextPageToken;
      pages++;
    } while (token.length > 0);
    expect(ids).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(pages).toBe(4);
  });
});

describe('batches on the worker stream', () => {
  /** A raw Connect stream: what it received, in order, and a way to wait for the next message. */
  function openStream() {
    const stream = (wk as unknown as { connect(): { write(m: v1.IWorkerMessage): void; end(): void; on(e: string, f: (m: v1.ServerMessage) => void): void } }).connect();
    const inbox: v1.ServerMessage[] = [];
    let arrived: (() => void) | undefined;
    stream.on('data', (m) => {
      inbox.push(m);
      arrived?.();
    });
    const next = async (): Promise<v1.ServerMessage> => {
      const deadline = Date.now() + 10_000;
      while (inbox.length === 0) {
        if (Date.now() > deadline) throw new Error('no message from the runtime in 10 s');
        await new Promise<void>((r) => {
          arrived = r;
          setTimeout(r, 100);
        });
      }
      return inbox.shift()!;
    };
    return { stream, next };
  }

  /** What one message of the stream holds: its kind, and for an ack its ref and code (a batch: its members'). */
  const kinds = (m: v1.ServerMessage): string[] => m.batch
    ? ['batch', ...m.batch.messages.flatMap((x) => kinds(x as v1.ServerMessage))]
    : [m.ack ? `ack ${Number(m.ack.ref)} ${m.ack.code}` : m.workflowTask ? 'workflowTask' : m.activityTask ? 'activityTask' : '?'];
  const taskOf = (m: v1.ServerMessage, kind: 'workflowTask' | 'activityTask') =>
    (m.batch ? m.batch.messages.find((x) => x[kind])?.[kind] : m[kind])!;

  /**
   * A run whose first workflow task schedules an activity on the stream's own queue: the completion's ack comes with
   * the activity (eager dispatch); the activity's completion, sticky, brings the run's next workflow task at once
   * and is acknowledged with that task's completion, the two saved together.
   */
  async function runOnStream(acceptsBatches: boolean): Promise<string[][]> {
    const taskQueue = id('batches');
    const { stream, next } = openStream();
    try {
      stream.write({ ref: 0, hello: { taskQueue, acceptsBatches } });
      const helloAck = await next();
      expect(helloAck.ack?.acceptsBatches).toBe(true); // the runtime takes batches from any worker
      // Two of each: a claim in flight holds a slot while it waits, and eager dispatch takes only a free one.
      stream.write({ grant: { workflowSlots: 2, activitySlots: 2 } });
      await call(wf, 'startWorkflow', { workflowId: taskQueue, workflowType: 't', taskQueue });
      const first = await next();
      const seen = [kinds(first)];
      stream.write({ ref: 1, release: { workflowSlots: 1 }, completeWorkflowTask: { taskToken: taskOf(first, 'workflowTask').taskToken, sticky: true,
        commands: [{ scheduleActivityTask: { activityId: '1', activityType: 'a', taskQueue, startToCloseTimeoutMs: 60_000 } }] } });
      const eager = [await next()];
      if (!acceptsBatches) eager.push(await next());
      seen.push(...eager.map(kinds));
      const activity = eager.map((m) => m.activityTask).find(Boolean) ?? taskOf(eager[0]!, 'activityTask');
      stream.write({ ref: 2, release: { activitySlots: 1 }, completeActivityTask: { taskToken: activity.taskToken, result: { payloads: [] } } });
      const second = await next();
      seen.push(kinds(second));
      stream.write({ ref: 3, release: { workflowSlots: 1 }, completeWorkflowTask: { taskToken: taskOf(second, 'workflowTask').taskToken,
        sticky: true, commands: [{ completeWorkflowExecution: { result: { payloads: [] } } }] } });
      const acks = [await next()];
      if (!acceptsBatches) acks.push(await next());
      seen.push(...acks.map(kinds));
      return seen;
    } finally {
      stream.end();
    }
  }

  it('a worker that takes batches gets an ack with the tasks its completion brought, as one message', async () => {
    expect(await runOnStream(true)).toEqual([
      ['workflowTask'],
      ['batch', 'activityTask', 'ack 1 0'],
      ['workflowTask'],
      ['batch', 'ack 3 0', 'ack 2 0'],
    ]);
  });

  it('a worker that did not say it takes batches gets every message on its own', async () => {
    expect(await runOnStream(false)).toEqual([['workflowTask'], ['activityTask'], ['ack 1 0'], ['workflowTask'], ['ack 3 0'], ['ack 2 0']]);
  });

  it('takes a batch from the worker message by message; a batch inside it is refused, naming the field', async () => {
    const taskQueue = id('worker-batch');
    const { stream, next } = openStream();
    try {
      stream.write({ ref: 0, hello: { taskQueue, acceptsBatches: true } });
      expect((await next()).ack?.code).toBe(0);
      await call(wf, 'startWorkflow', { workflowId: taskQueue, workflowType: 't', taskQueue });
      // A grant and a nested batch in one batch: the grant counts, the nested batch is refused by its ref.
      stream.write({ batch: { messages: [{ grant: { workflowSlots: 1 } }, { ref: 7, batch: { messages: [{ grant: { workflowSlots: 5 } }] } }] } });
      const got = [await next(), await next()];
      expect(got.flatMap(kinds).sort()).toEqual([`ack 7 ${status.INVALID_ARGUMENT}`, 'workflowTask']);
      expect(got.find((m) => m.ack)!.ack!.message).toBe('batch.messages: must not hold a batch');
      // The same completion twice in one batch: the first closes the run, the second is refused as stale.
      const taskToken = got.find((m) => m.workflowTask)!.workflowTask!.taskToken;
      const complete = (ref: number): v1.IWorkerMessage => ({ ref, completeWorkflowTask: { taskToken, commands: [
        { completeWorkflowExecution: { result: { payloads: [] } } }] } });
      stream.write({ batch: { messages: [complete(8), complete(9)] } });
      const acks: string[] = [];
      while (acks.length < 2) acks.push(...kinds(await next()).filter((k) => k.startsWith('ack')));
      expect(acks.sort()).toEqual(['ack 8 0', `ack 9 ${status.NOT_FOUND}`]);
      expect((await call<object, v1.DescribeWorkflowResponse>(wf, 'describeWorkflow', { execution: { workflowId: taskQueue } }))
        .info?.status).toBe(v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    } finally {
      stream.end();
    }
  });
});
