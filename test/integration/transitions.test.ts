/**
 * Transitions that commit without BEGIN/COMMIT (inOptimisticTransaction): what may run outside a transaction,
 * the fallback to one, and activity completions racing through two servers on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventTypeOf, pb, v1, workerServiceDefinition, workflowServiceDefinition } from '../../dist/proto/index.js';
import { call, makeClient } from '../../dist/sdk/internal/grpc.js';
import { createPool, inOptimisticTransaction, optimisticState, NeedsTransaction, type Db } from '../../dist/runtime/database.js';
import { ConflictError } from '../../dist/runtime/errors.js';
import { createLogger } from '../../dist/runtime/logger.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import { HistoryEngine } from '../../dist/runtime/history-engine.js';
import { systemClock } from '../../dist/runtime/clock.js';
import { migrate } from '../../dist/runtime/migrate.js';
import { createDatabase, startTestServer } from '../helpers.js';

describe('inOptimisticTransaction', () => {
  let db: Db;
  beforeAll(async () => {
    db = createPool(await createDatabase(), createLogger('test', 'silent'), 4);
    await db.query('CREATE TABLE t (id int PRIMARY KEY, v int NOT NULL)');
    await db.query('INSERT INTO t VALUES (1, 0)');
  });
  afterAll(() => db?.end());

  it('runs plain reads outside a transaction, once', async () => {
    const seen: boolean[] = [];
    const v = await inOptimisticTransaction(db, 'run', async (tx) => {
      seen.push(!!optimisticState(tx));
      return (await tx.query<{ v: number }>('SELECT v FROM t WHERE id = $1', [1])).rows[0]!.v;
    });
    expect(v).toBe(0);
    expect(seen).toEqual([true]);
  });

  it.each([
    ['a write', 'UPDATE t SET v = v + 1 WHERE id = 1'],
    ['a locking read', 'SELECT v FROM t WHERE id = 1 FOR UPDATE'],
    ['a read with an effect', "SELECT pg_notify('x', 'y')"],
  ])('stops before %s and runs the whole transition again in a transaction', async (_, sql) => {
    const optimistic: boolean[] = [];
    await inOptimisticTransaction(db, 'run', async (tx) => {
      optimistic.push(!!optimisticState(tx));
      await tx.query(sql);
      await tx.query('SAVEPOINT inside'); // refused by Postgres outside a transaction block
    });
    expect(optimistic).toEqual([true, false]);
  });

  it('writes happen once: the statement refused in the first run never reached the database', async () => {
    const before = (await db.query<{ v: number }>('SELECT v FROM t WHERE id = 1')).rows[0]!.v;
    await inOptimisticTransaction(db, 'run', async (tx) => {
      await tx.query('SELECT v FROM t WHERE id = $1', [1]);
      await tx.query('UPDATE t SET v = v + 1 WHERE id = $1', [1]);
    });
    expect((await db.query<{ v: number }>('SELECT v FROM t WHERE id = 1')).rows[0]!.v).toBe(before + 1);
  });

  it('runs again after a lost race, and gives up with the error once the attempts are spent', async () => {
    let calls = 0;
    const result = await inOptimisticTransaction(db, 'run', async () => {
      calls++;
      if (calls < 3) throw new ConflictError('lost');
      return 'ok';
    });
    expect([result, calls]).toEqual(['ok', 3]);
    calls = 0;
    await expect(inOptimisticTransaction(db, 'run', async () => {
      calls++;
      throw new ConflictError('always');
    }, 4)).rejects.toThrow('always');
    expect(calls).toBe(4);
  });

  it('after a second lost race, runs in a transaction (where its load waits for the row lock instead of racing)', async () => {
    const optimistic: boolean[] = [];
    const result = await inOptimisticTransaction(db, 'run', async (tx) => {
      optimistic.push(!!optimisticState(tx));
      if (optimisticState(tx)) throw new ConflictError('lost');
      return 'ok';
    });
    expect([result, optimistic]).toEqual(['ok', [true, true, false]]);
  });

  it('an error of the transition itself is not retried and leaves nothing', async () => {
    let calls = 0;
    await expect(inOptimisticTransaction(db, 'run', async (tx) => {
      calls++;
      await tx.query('SELECT 1');
      throw new Error('bad input');
    })).rejects.toThrow('bad input');
    expect(calls).toBe(1);
    expect(new NeedsTransaction('x')).toBeInstanceOf(Error);
  });
});

describe('a start under the default policies', () => {
  let db: Db;
  let engine: HistoryEngine;
  const sent: string[] = [];
  beforeAll(async () => {
    const url = await createDatabase();
    await migrate(url);
    db = createPool(url, createLogger('test', 'silent'), 4);
    db.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as { query: unknown }).query = (...args: unknown[]) => {
        const first = args[0] as string | { text?: string };
        sent.push(typeof first === 'string' ? first : first.text ?? '');
        return query(...args);
      };
    });
    engine = new HistoryEngine(db, systemClock, createLogger('test', 'silent'));
  });
  afterAll(() => db?.end());

  const start = (workflowId: string, requestId: string) =>
    engine.startWorkflow({ workflowId, requestId, workflowType: 't', taskQueue: 'nobody-polls' });

  it('sends one statement, its save; one that finds the ID taken looks first and answers as before', async () => {
    sent.length = 0;
    const first = await start('s1', 'r1');
    expect(first.started).toBe(true);
    expect(sent.map((s) => s.slice(0, 16))).toEqual(['WITH saved AS (I']);
    // The same request: its save writes nothing, the start looks and returns the run it made.
    sent.length = 0;
    expect(await start('s1', 'r1')).toMatchObject({ runId: first.runId, started: false });
    expect(sent.length).toBe(2); // the save that wrote nothing, the lookup
    await expect(start('s1', 'r2')).rejects.toThrow(/is already running/);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM executions WHERE workflow_id = $1', ['s1']);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('activity completions racing through two servers on one database', () => {
  let a: RunningServer;
  let b: RunningServer;
  let url: string;
  const clients: ReturnType<typeof makeClient>[] = [];
  beforeAll(async () => {
    url = await createDatabase();
    a = await startTestServer(url);
    b = await startTestServer(url, { migrate: false });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await a?.stop();
    await b?.stop();
  });

  it('starts of one workflow ID racing through both: one run; a repeated request ID gets that run back', async () => {
    const wfA = makeClient(workflowServiceDefinition, a.address);
    const wfB = makeClient(workflowServiceDefinition, b.address);
    clients.push(wfA, wfB);
    const workflowId = `start-race-${Math.random().toString(36).slice(2, 10)}`;
    const start = (i: number, requestId: string) => call<object, v1.StartWorkflowResponse>(i % 2 ? wfB : wfA, 'startWorkflow',
      { workflowId, workflowType: 't', taskQueue: workflowId, requestId }).then((r) => ({ ok: r }), (err: Error) => ({ err }));
    const distinct = await Promise.all(Array.from({ length: 12 }, (_, i) => start(i, `r${i}`)));
    const winners = distinct.filter((r) => 'ok' in r);
    expect(winners).toHaveLength(1);
    for (const r of distinct) if ('err' in r) expect(r.err.message).toMatch(/is already running/);
    const winner = (winners[0] as { ok: v1.StartWorkflowResponse }).ok;
    const winnerIndex = distinct.indexOf(winners[0]!);
    const repeated = await Promise.all(Array.from({ length: 6 }, (_, i) => start(i, `r${winnerIndex}`)));
    for (const r of repeated) expect('ok' in r && [r.ok.runId, r.ok.started]).toEqual([winner.runId, false]);

    // A start that terminates the running run writes two runs: it runs in a transaction.
    const replaced = await call<object, v1.StartWorkflowResponse>(wfB, 'startWorkflow', { workflowId, workflowType: 't',
      taskQueue: workflowId, workflowIdConflictPolicy: v1.WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_TERMINATE_EXISTING });
    expect(replaced.started).toBe(true);
    const old = await call<object, v1.DescribeWorkflowResponse>(wfA, 'describeWorkflow', { execution: { workflowId, runId: winner.runId } });
    expect(old.info!.status).toBe(v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED);
    const current = await call<object, v1.DescribeWorkflowResponse>(wfA, 'describeWorkflow', { execution: { workflowId } });
    expect([current.info!.execution!.runId, current.info!.status]).toEqual([replaced.runId, v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING]);
  });

  it('a row one server cached after its own save, then written through the other, costs a retry and no wrong answer', async () => {
    const wfA = makeClient(workflowServiceDefinition, a.address);
    const wfB = makeClient(workflowServiceDefinition, b.address);
    const wkA = makeClient(workerServiceDefinition, a.address);
    const wkB = makeClient(workerServiceDefinition, b.address);
    clients.push(wfA, wfB, wkA, wkB);
    const workflowId = `cached-${Math.random().toString(36).slice(2, 10)}`;
    const q = workflowId;
    await call(wfA, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: q });
    let wt = await call<object, v1.WorkflowTask>(wkA, 'pollWorkflowTask', { taskQueue: q, waitMs: 5_000 });
    // A saves the run (and keeps its row); the activity's claim does not write the run.
    await call(wkA, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: [{
      scheduleActivityTask: { activityId: '1', activityType: 'a', startToCloseTimeoutMs: 60_000 } }] });
    const at = await call<object, v1.ActivityTask>(wkA, 'pollActivityTask', { taskQueue: q, waitMs: 5_000 });
    // B writes the run: a signal and the workflow task it schedules. A's row is now stale.
    await call(wfB, 'signalWorkflow', { execution: { workflowId }, signalName: 's', reason: 'test' });
    // A's save of the completion fails its version guard and runs again from the database.
    await call(wkA, 'completeActivityTask', { taskToken: at.taskToken, result: { payloads: [] } });
    // B starts the workflow task; A, whose row says it is only scheduled, must not reject its completion.
    wt = await call<object, v1.WorkflowTask>(wkB, 'pollWorkflowTask', { taskQueue: q, waitMs: 5_000 });
    await call(wkA, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: [{ completeWorkflowExecution: {} }] });
    const res = await call<object, v1.GetWorkflowHistoryResponse>(wfA, 'getWorkflowHistory', { execution: { workflowId } });
    const events = res.events.map((e) => pb.HistoryEvent.create(e));
    expect(events.map((e) => Number(e.eventId))).toEqual(events.map((_, i) => i + 1));
    expect(events.map((e) => eventTypeOf(e))).toEqual(['WorkflowExecutionStarted', 'WorkflowTaskScheduled', 'WorkflowTaskStarted',
      'WorkflowTaskCompleted', 'ActivityTaskScheduled', 'WorkflowExecutionSignaled', 'WorkflowTaskScheduled', 'ActivityTaskStarted',
      'ActivityTaskCompleted', 'WorkflowTaskStarted', 'WorkflowTaskCompleted', 'WorkflowExecutionCompleted']);
  });

  it('a close through one server wakes the result waiters of both: its own at the commit, the other by the notification', async () => {
    const wfA = makeClient(workflowServiceDefinition, a.address);
    const wfB = makeClient(workflowServiceDefinition, b.address);
    const wkB = makeClient(workerServiceDefinition, b.address);
    clients.push(wfA, wfB, wkB);
    const workflowId = `wake-${Math.random().toString(36).slice(2, 10)}`;
    const started = await call<object, v1.StartWorkflowResponse>(wfA, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: workflowId });
    const wait = (client: typeof wfA) => call<object, v1.WaitWorkflowResultResponse>(client, 'waitWorkflowResult',
      { execution: { workflowId, runId: started.runId }, waitMs: 20_000 }).then((r) => ({ closed: r.closed, at: Date.now() }));
    const waiters = [wait(wfA), wait(wfB)];
    await new Promise((r) => setTimeout(r, 200)); // both are waiting
    const wt = await call<object, v1.WorkflowTask>(wkB, 'pollWorkflowTask', { taskQueue: workflowId, waitMs: 5_000 });
    const closedAt = Date.now();
    await call(wkB, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: [{ completeWorkflowExecution: {} }] });
    for (const w of await Promise.all(waiters)) {
      expect(w.closed).toBe(true);
      expect(w.at - closedAt).toBeLessThan(10_000); // woken, not let go at the end of its wait
    }
  });

  it('all land, each once, in a history without gaps; one workflow task follows them', async () => {
    const wf = makeClient(workflowServiceDefinition, a.address);
    const wkA = makeClient(workerServiceDefinition, a.address);
    const wkB = makeClient(workerServiceDefinition, b.address);
    clients.push(wf, wkA, wkB);
    const n = 24;
    const workflowId = `race-${Math.random().toString(36).slice(2, 10)}`;
    const q = workflowId;
    await call(wf, 'startWorkflow', { workflowId, workflowType: 't', taskQueue: q });
    let wt = await call<object, v1.WorkflowTask>(wkA, 'pollWorkflowTask', { taskQueue: q, waitMs: 5_000 });
    await call(wkA, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: Array.from({ length: n }, (_, i) => ({
      scheduleActivityTask: { activityId: String(i), activityType: 'a', startToCloseTimeoutMs: 60_000 } })) });
    const tasks: v1.ActivityTask[] = [];
    for (let i = 0; i < n; i++) tasks.push(await call<object, v1.ActivityTask>(i % 2 ? wkB : wkA, 'pollActivityTask', { taskQueue: q, waitMs: 5_000 }));
    expect(new Set(tasks.map((t) => t.activityId)).size).toBe(n);
    await Promise.all(tasks.map((t, i) => call(i % 2 ? wkA : wkB, 'completeActivityTask', {
      taskToken: t.taskToken, result: { payloads: [{ data: Buffer.from(t.activityId) }] } })));

    const history = async () => (await call<object, v1.GetWorkflowHistoryResponse>(wf, 'getWorkflowHistory', { execution: { workflowId } }))
      .events.map((e) => pb.HistoryEvent.create(e));
    let events = await history();
    expect(events.map((e) => Number(e.eventId))).toEqual(events.map((_, i) => i + 1));
    const completed = events.filter((e) => e.activityTaskCompleted).map((e) => Number(e.activityTaskCompleted!.scheduledEventId));
    const scheduled = events.filter((e) => e.activityTaskScheduled).map((e) => Number(e.eventId));
    expect(completed.sort((x, y) => x - y)).toEqual(scheduled);
    expect(events.filter((e) => e.activityTaskStarted)).toHaveLength(n);
    // The completions that arrived while a workflow task was scheduled did not schedule another.
    expect(events.filter((e) => e.workflowTaskScheduled)).toHaveLength(2);

    wt = await call<object, v1.WorkflowTask>(wkB, 'pollWorkflowTask', { taskQueue: q, waitMs: 5_000 });
    await call(wkB, 'completeWorkflowTask', { taskToken: wt.taskToken, commands: [{ completeWorkflowExecution: {} }] });
    events = await history();
    expect(events.at(-1)!.workflowExecutionCompleted).toBeTruthy();
    // Closing the run removed its work rows.
    const db = createPool(url, createLogger('test', 'silent'), 1);
    try {
      const { rows } = await db.query<{ n: number }>(`SELECT (SELECT count(*) FROM activities WHERE workflow_id = $1)
        + (SELECT count(*) FROM tasks WHERE workflow_id = $1) + (SELECT count(*) FROM timers WHERE workflow_id = $1) AS n`, [workflowId]);
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await db.end();
    }
  });
});
