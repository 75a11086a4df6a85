import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CancelledFailure, ChildWorkflowFailure, Client, TerminatedFailure, TimeoutFailure, WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError, WorkflowQueryFailedError, WorkflowUpdateFailedError,
} from 'reprise/client';
import { Worker } from 'reprise/worker';
import { replayHistory } from 'reprise/testing';
import { addItem, finish, items, setLimit } from '../fixtures/message-workflows.js';
import { eventually, heartbeatUntilCancelled, ROOT, scratchDir, spawnNode, startTestServer, useTestServer } from '../helpers.js';

const WORKFLOWS = join(ROOT, 'test', 'fixtures', 'message-workflows.ts');
const id = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}`;
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

const recorded: string[] = [];
const activities = {
  async record(what: string): Promise<string> {
    recorded.push(what);
    return what;
  },
  /** Heartbeats until cancelled. */
  async slow(what: string): Promise<string> {
    await heartbeatUntilCancelled(400);
    return what;
  },
};

let client: Client;
let address: string;
useTestServer((server, c) => {
  client = c;
  address = server.address;
});

/** Runs `fn` with a worker on a fresh task queue. */
async function withWorker<T>(fn: (taskQueue: string) => Promise<T>, taskQueue = id('q')): Promise<T> {
  const worker = await Worker.create({ address, taskQueue, workflowsPath: WORKFLOWS, activities });
  const running = worker.run();
  try {
    return await fn(taskQueue);
  } finally {
    await worker.shutdown();
    await running;
  }
}

const eventTypes = async (workflowId: string, runId?: string) =>
  (await client.workflow.getHandle(workflowId, runId).fetchHistory()).events.map((e) => e.eventType);

describe('signals', () => {
  it('buffers signals that arrive before the handler is set and delivers them in order', async () => {
    await withWorker(async (taskQueue) => {
      const h = await client.workflow.start('collector', { taskQueue, workflowId: id('collector') });
      for (const item of ['a', 'b', 'c']) await h.signal(addItem, item);
      await h.signal(finish);
      expect(await h.result()).toEqual(['a', 'b', 'c']);
      expect((await eventTypes(h.workflowId)).filter((t) => t === 'WorkflowExecutionSignaled')).toHaveLength(4);
    });
  });

  it('delivers every signal sent while no worker runs, once one returns', async () => {
    const taskQueue = id('q');
    const h = await client.workflow.start('collector', { taskQueue, workflowId: id('down') });
    const sent = Array.from({ length: 20 }, (_, i) => `item-${i}`);
    for (const item of sent) await h.signal('addItem', item);
    await h.signal(finish);
    await withWorker(async () => expect(await h.result()).toEqual(sent), taskQueue);
  });

  it('loses no signal sent while workflow tasks are in flight', async () => {
    await withWorker(async (taskQueue) => {
      const h = await client.workflow.start('collector', { taskQueue, workflowId: id('busy') });
      await delay(100);
      const sent = Array.from({ length: 40 }, (_, i) => `s${i}`);
      await Promise.all(sent.map((item) => h.signal(addItem, item)));
      await h.signal(finish);
      expect((await h.result() as string[]).sort()).toEqual([...sent].sort());
    });
  });

  it('signalWithStart starts a run with the signal, then signals the running run', async () => {
    await withWorker(async (taskQueue) => {
      const workflowId = id('sws');
      const a = await client.workflow.signalWithStart('collector', { taskQueue, workflowId, signal: addItem, signalArgs: ['first'] });
      const b = await client.workflow.signalWithStart('collector', { taskQueue, workflowId, signal: addItem, signalArgs: ['second'] });
      expect(b.firstExecutionRunId).toBe(a.firstExecutionRunId);
      await a.signal(finish);
      expect(await a.result()).toEqual(['first', 'second']);
      const types = await eventTypes(workflowId);
      expect(types.slice(0, 3)).toEqual(['WorkflowExecutionStarted', 'WorkflowExecutionSignaled', 'WorkflowTaskScheduled']);
    });
  });

  it('rejects a signal to a closed or missing workflow with WorkflowNotFoundError', async () => {
    await expect(client.workflow.getHandle(id('nobody')).signal(finish)).rejects.toMatchObject({ name: 'WorkflowNotFoundError' });
    await expect(client.workflow.getHandle('x').signal('')).rejects.toMatchObject({ name: 'ValueError' });
  });
});

describe('queries and updates', () => {
  it('answers queries from the running state and from a closed run, without writing history', async () => {
    await withWorker(async (taskQueue) => {
      const h = await client.workflow.start('collector', { taskQueue, workflowId: id('query') });
      await h.signal(addItem, 'x');
      await h.signal(addItem, 'y');
      // Until the first workflow task completes there are no handlers to ask.
      const list = await eventually(async () => {
        const l = await h.query(items).catch(() => []);
        return l.length === 2 && l;
      }, 10_000, 'both items');
      expect(list).toEqual(['x', 'y']);
      expect(await h.query<number, [number]>('count', 10)).toBe(12);
      const before = (await h.describe()).historyLength;
      await h.query(items);
      expect((await h.describe()).historyLength).toBe(before);
      const bad = await h.query('bad').catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(WorkflowQueryFailedError);
      expect((bad as Error).message).toMatch(/tried to StartTimer.*must only read/);
      await expect(h.query('nope')).rejects.toThrow(/no handler for query 'nope' \(it has: items, count, bad\)/);
      await h.signal(finish);
      await h.result();
      expect(await h.query(items)).toEqual(['x', 'y']);
    });
  });

  it('fails a query clearly when no worker runs the workflow type', async () => {
    const h = await client.workflow.start('collector', { taskQueue: id('none'), workflowId: id('noworker') });
    await expect(h.query(items)).rejects.toThrow(/no worker for workflow type 'collector'/);
  });

  it('runs an accepted update and returns its result; a rejected one writes nothing', async () => {
    await withWorker(async (taskQueue) => {
      const h = await client.workflow.start('collector', { taskQueue, workflowId: id('update') });
      await eventually(() => h.query(items).then(() => true, () => false), 10_000, 'the first task');
      expect(await h.executeUpdate(setLimit, { args: [2] })).toBe(100);
      await expect(h.executeUpdate('nope')).rejects.toThrow(/no handler for update 'nope'/);
      const length = (await h.describe()).historyLength;
      const rejected = await h.executeUpdate(setLimit, { args: [0] }).catch((e: unknown) => e);
      expect(rejected).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((rejected as Error).message).toMatch(/rejected: limit must be a positive whole number, not 0/);
      expect((await h.describe()).historyLength).toBe(length);
      // The same update ID twice: one update in history, the first outcome both times.
      expect(await h.executeUpdate(setLimit, { args: [3], updateId: 'u-1' })).toBe(2);
      expect(await h.executeUpdate(setLimit, { args: [3], updateId: 'u-1' })).toBe(2);
      for (const item of ['a', 'b', 'c', 'd']) await h.signal(addItem, item);
      await h.signal(finish);
      expect(await h.result()).toEqual(['a', 'b', 'c']);
      const types = await eventTypes(h.workflowId);
      expect(types.filter((t) => t === 'WorkflowExecutionUpdateAccepted')).toHaveLength(2);
      expect(types.filter((t) => t === 'WorkflowExecutionUpdateCompleted')).toHaveLength(2);
      const history = await h.fetchHistory();
      await replayHistory({ workflowsPath: WORKFLOWS }, history);
    });
  });
});

describe('condition', () => {
  it('returns true when the condition holds and false when its timeout fires', async () => {
    await withWorker(async (taskQueue) => {
      const timedOut = await client.workflow.execute('waitWithTimeout', { taskQueue, workflowId: id('cond'), args: ['300ms'] });
      expect(timedOut).toBe('timed out');
      const h = await client.workflow.start('waitWithTimeout', { taskQueue, workflowId: id('cond'), args: ['1h'] });
      await h.signal('approve');
      expect(await h.result()).toBe('approved');
      const types = await eventTypes(h.workflowId);
      expect(types).toContain('TimerCanceled'); // the 1 h timer was dropped once the condition held
    });
  });
});

describe('cancellation and termination', () => {
  it('cancel during an activity runs the compensation and ends the run as cancelled', async () => {
    await withWorker(async (taskQueue) => {
      const h = await client.workflow.start('compensating', { taskQueue, workflowId: id('cancel') });
      await eventually(async () => (await h.describe()).pendingActivities.some((a) => a.activityType === 'slow' && a.state === 'STARTED'),
        10_000, 'the slow activity to start');
      await h.cancel('customer changed their mind');
      const err = await h.result().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WorkflowFailedError);
      expect((err as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
      expect((await h.describe()).status).toBe('CANCELED');
      expect(recorded).toContain('release');
      const history = await h.fetchHistory();
      const requested = history.events.find((e) => e.eventType === 'WorkflowExecutionCancelRequested');
      expect(requested).toMatchObject({ reason: 'customer changed their mind' });
      const types = history.events.map((e) => e.eventType);
      // The workflow does not wait for the activity to acknowledge (TRY_CANCEL): the request is what history holds.
      expect(types).toContain('ActivityTaskCancelRequested');
      expect(types[types.length - 1]).toBe('WorkflowExecutionCanceled');
      await replayHistory({ workflowsPath: WORKFLOWS }, history);
    });
  });

  it('terminate closes a run at once with the reason', async () => {
    await withWorker(async (taskQueue) => {
      const h = await client.workflow.start('sleeper', { taskQueue, workflowId: id('term'), args: [600_000] });
      await eventually(async () => (await h.describe()).pendingTimers.length > 0, 10_000, 'the timer');
      await h.terminate('stuck on purpose');
      const err = await h.result().catch((e: unknown) => e) as WorkflowFailedError;
      expect(err.cause).toBeInstanceOf(TerminatedFailure);
      expect(err.message).toMatch(/was terminated: stuck on purpose/);
      const d = await h.describe();
      expect(d.status).toBe('TERMINATED');
      expect(d.pendingTimers).toEqual([]);
      await expect(h.terminate()).rejects.toMatchObject({ name: 'WorkflowNotFoundError' });
    });
  });

  it('a run timeout closes the run as timed out', async () => {
    await withWorker(async (taskQueue) => {
      const h = await client.workflow.start('sleeper', { taskQueue, workflowId: id('rto'), args: [600_000], workflowRunTimeout: '300ms' });
      const err = await h.result().catch((e: unknown) => e) as WorkflowFailedError;
      expect(err.cause).toBeInstanceOf(TimeoutFailure);
      expect((await h.describe()).status).toBe('TIMED_OUT');
    });
  });
});

describe('continue-as-new', () => {
  it('continues as new 50 times under one workflow ID and returns the last run\'s result', async () => {
    await withWorker(async (taskQueue) => {
      const workflowId = id('countdown');
      const h = await client.workflow.start('countdown', { taskQueue, workflowId, args: [50] });
      expect(await h.result()).toEqual({ total: 1275, runs: 0, suggested: false });
      const runs = [];
      for await (const r of client.workflow.list({ workflowIdPrefix: workflowId })) runs.push(r);
      expect(runs).toHaveLength(51);
      expect(new Set(runs.map((r) => r.workflowId))).toEqual(new Set([workflowId]));
      expect(runs.filter((r) => r.status === 'CONTINUED_AS_NEW')).toHaveLength(50);
      expect(runs.filter((r) => r.status === 'COMPLETED')).toHaveLength(1);
      // Each run points at the next; the first run's handle follows the chain.
      const first = runs.find((r) => r.runId === h.firstExecutionRunId)!;
      expect(first.newExecutionRunId).toBeTruthy();
      expect(await client.workflow.getHandle(workflowId, h.firstExecutionRunId).result()).toEqual({ total: 1275, runs: 0, suggested: false });
      const firstHistory = await eventTypes(workflowId, h.firstExecutionRunId);
      expect(firstHistory[firstHistory.length - 1]).toBe('WorkflowExecutionContinuedAsNew');
    });
  });

  it('execute() follows the chain from the run its start waited on', async () => {
    await withWorker(async (taskQueue) => {
      expect(await client.workflow.execute('countdown', { taskQueue, workflowId: id('countdown-execute'), args: [3] }))
        .toEqual({ total: 6, runs: 0, suggested: false });
    });
  });

  it('workflowInfo().continueAsNewSuggested turns true past the configured history size', async () => {
    const server = await startTestServer(undefined, { continueAsNewSuggestedEvents: 20 });
    const c = await Client.connect({ address: server.address });
    const taskQueue = id('q');
    const worker = await Worker.create({ address: server.address, taskQueue, workflowsPath: WORKFLOWS, activities });
    const running = worker.run();
    try {
      const workflowId = id('grows');
      expect(await c.workflow.execute('growsUntilSuggested', { taskQueue, workflowId })).toEqual({ runs: 2 });
      const runs = [];
      for await (const r of c.workflow.list({ workflowIdPrefix: workflowId })) runs.push(r);
      expect(runs.map((r) => r.status).sort()).toEqual(['COMPLETED', 'CONTINUED_AS_NEW', 'CONTINUED_AS_NEW']);
      for (const r of runs.filter((x) => x.status === 'CONTINUED_AS_NEW')) expect(r.historyLength).toBeGreaterThan(20);
    } finally {
      await worker.shutdown();
      await running;
      c.close();
      await server.stop();
    }
  });
});

describe('child workflows', () => {
  it('returns children\'s results and failures to the parent', async () => {
    await withWorker(async (taskQueue) => {
      const workflowId = id('parent');
      const out = await client.workflow.execute('parent', { taskQueue, workflowId, args: [['a', 'bad', 'b']] });
      expect(out).toEqual([
        'hello a',
        `failed: child workflow 'child' (${workflowId}-bad) failed: child bad refuses / child bad refuses`,
        'hello b',
      ]);
      const child = await client.workflow.getHandle(`${workflowId}-a`).describe();
      expect(child.parent?.workflowId).toBe(workflowId);
      const types = await eventTypes(workflowId);
      expect(types.filter((t) => t === 'ChildWorkflowExecutionCompleted')).toHaveLength(2);
      expect(types.filter((t) => t === 'ChildWorkflowExecutionFailed')).toHaveLength(1);
      await replayHistory({ workflowsPath: WORKFLOWS }, await client.workflow.getHandle(workflowId).fetchHistory());
    });
  });

  it('a hundred children closing at once: the parent loses no workflow task to the races on its row', async () => {
    await withWorker(async (taskQueue) => {
      const workflowId = id('many');
      expect(await client.workflow.execute('manyChildren', { taskQueue, workflowId, args: [100] })).toBe(100);
      const types = await eventTypes(workflowId);
      expect(types.filter((t) => t === 'ChildWorkflowExecutionCompleted')).toHaveLength(100);
      expect(types.filter((t) => t === 'WorkflowTaskFailed' || t === 'WorkflowTaskTimedOut')).toEqual([]);
    });
  }, 60_000);

  it('applies the parent close policy: terminate, request cancel, abandon', async () => {
    await withWorker(async (taskQueue) => {
      const status = async (wid: string) => (await client.workflow.getHandle(wid).describe()).status;
      for (const [policy, expected] of [['TERMINATE', 'TERMINATED'], ['REQUEST_CANCEL', 'CANCELED'], ['ABANDON', 'RUNNING']] as const) {
        const kids = [id(`kid-${policy}`), id(`kid-${policy}`)];
        const h = await client.workflow.start('longParent', { taskQueue, workflowId: id(`lp-${policy}`), args: [policy, kids] });
        await eventually(async () => (await h.describe()).pendingTimers.length > 0, 10_000, 'the parent to wait');
        await h.terminate('closing the parent');
        for (const kid of kids) await eventually(async () => (await status(kid)) === expected, 10_000, `${kid} ${expected}`);
        if (policy === 'TERMINATE') {
          const err = await client.workflow.getHandle(kids[0]!).result().catch((e: unknown) => e) as WorkflowFailedError;
          expect(err.cause).toBeInstanceOf(TerminatedFailure);
          expect(err.cause.message).toMatch(/parent close policy TERMINATE/);
        }
        if (policy === 'ABANDON') for (const kid of kids) await client.workflow.getHandle(kid).terminate('cleanup');
      }
    });
  });

  it('a cancelled scope cancels its child', async () => {
    await withWorker(async (taskQueue) => {
      const childId = id('scoped-kid');
      expect(await client.workflow.execute('cancelsChild', { taskQueue, workflowId: id('cc'), args: [childId] })).toBe('child cancelled');
      await eventually(async () => (await client.workflow.getHandle(childId).describe()).status === 'CANCELED', 10_000, 'child cancelled');
    });
  });

  it('signals and cancels other workflows by ID; a missing one fails the call', async () => {
    await withWorker(async (taskQueue) => {
      const target = await client.workflow.start('collector', { taskQueue, workflowId: id('target') });
      const victim = await client.workflow.start('sleeper', { taskQueue, workflowId: id('victim'), args: [600_000] });
      const out = await client.workflow.execute('messenger', { taskQueue, workflowId: id('messenger'), args: [target.workflowId, victim.workflowId] });
      expect(out).toMatch(/^missing: workflow 'nobody-here' is not running/);
      expect(await target.result()).toEqual(['from a workflow']);
      const err = await victim.result().catch((e: unknown) => e) as WorkflowFailedError;
      expect(err.cause).toBeInstanceOf(CancelledFailure);
    });
  });

  it('a child whose workflow ID is taken fails to start with a ChildWorkflowFailure', async () => {
    await withWorker(async (taskQueue) => {
      const workflowId = id('dup');
      const taken = await client.workflow.start('sleeper', { taskQueue, workflowId: `${workflowId}-a`, args: [600_000] });
      const out = await client.workflow.execute('parent', { taskQueue, workflowId, args: [['a']] }) as string[];
      expect(out[0]).toMatch(/^failed: child workflow 'child' could not start: workflow '.*-a' is already running/);
      await taken.terminate();
      void ChildWorkflowFailure;
    });
  });
});

describe('unhandled rejections', () => {
  it('a rejected promise nobody handles in workflow code does not stop the worker', async () => {
    await withWorker(async (taskQueue) => {
      const workflowId = id('dangling');
      expect(await client.workflow.execute('danglingRejection', { taskQueue, workflowId })).toBe('still here');
      // Replaying it in a plain Node process (no listeners of its own) must not crash that process either.
      const file = join(scratchDir('dangling'), 'history.json');
      writeFileSync(file, JSON.stringify(await client.workflow.getHandle(workflowId).fetchHistory()));
      const script = `import { replayHistory } from 'reprise/testing'; import { readFileSync } from 'node:fs';
        await replayHistory({ workflowsPath: ${JSON.stringify(WORKFLOWS)} }, JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));
        await new Promise((r) => setTimeout(r, 200)); console.log('replayed');`;
      const child = spawnNode(['--input-type=module', '-e', script]);
      await child.waitFor('replayed');
      await new Promise((r) => child.proc.once('exit', r));
      expect(child.proc.exitCode).toBe(0);
    });
  });
});

describe('workflow ID policies', () => {
  it('follows the reuse and conflict policies', async () => {
    await withWorker(async (taskQueue) => {
      const workflowId = id('policy');
      const opts = { taskQueue, workflowId, args: [1] };
      await (await client.workflow.start('sleeper', opts)).result();
      await expect(client.workflow.start('sleeper', { ...opts, workflowIdReusePolicy: 'REJECT_DUPLICATE' }))
        .rejects.toThrow(WorkflowExecutionAlreadyStartedError);
      await expect(client.workflow.start('sleeper', { ...opts, workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY' }))
        .rejects.toThrow(/completed successfully/);
      const running = await client.workflow.start('sleeper', { ...opts, args: [600_000] });
      await expect(client.workflow.start('sleeper', opts)).rejects.toThrow(/already running/);
      const same = await client.workflow.start('sleeper', { ...opts, workflowIdConflictPolicy: 'USE_EXISTING' });
      expect(same.firstExecutionRunId).toBe(running.firstExecutionRunId);
      const fresh = await client.workflow.start('sleeper', { ...opts, workflowIdConflictPolicy: 'TERMINATE_EXISTING' });
      expect(fresh.firstExecutionRunId).not.toBe(running.firstExecutionRunId);
      expect((await client.workflow.getHandle(workflowId, running.firstExecutionRunId).describe()).status).toBe('TERMINATED');
      await fresh.result();
      // The last run was terminated... no: it completed. Terminate one and FAILED_ONLY lets a new run start.
      const again = await client.workflow.start('sleeper', { ...opts, args: [600_000] });
      await again.terminate();
      await client.workflow.start('sleeper', { ...opts, workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY' });
      await expect(client.workflow.start('sleeper', { ...opts, workflowIdConflictPolicy: 'NOPE' as never }))
        .rejects.toThrow(/workflowIdConflictPolicy must be one of FAIL, USE_EXISTING, TERMINATE_EXISTING/);
    });
  });
});
