/**
 * The cache of saved runs (run-state.ts): two pools stand for two runtime instances on one database. What one
 * remembers of a run is used only while the run is at the version it saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, inOptimisticTransaction, inTransaction, type Db } from '../../dist/runtime/database.js';
import { createLogger } from '../../dist/runtime/logger.js';
import { migrate } from '../../dist/runtime/migrate.js';
import { closedRunOf, RunState, runKeyString } from '../../dist/runtime/run-state.js';
import { createDatabase } from '../helpers.js';

describe('the run cache', () => {
  let a: Db;
  let b: Db;
  beforeAll(async () => {
    const url = await createDatabase();
    await migrate(url);
    [a, b] = [createPool(url, createLogger('test', 'silent'), 2), createPool(url, createLogger('test', 'silent'), 2)];
  });
  afterAll(async () => {
    await a?.end();
    await b?.end();
  });

  const key = { namespace: 'default', workflowId: 'cached', runId: '01CACHE' };
  const ids = (events: { eventId?: unknown }[] | undefined) => events?.map((e) => Number(e.eventId));
  const signal = (run: RunState) => run.append({ workflowExecutionSignaled: { signalName: 's' } });

  it('serves the events and row a pool saved, and nothing once another pool wrote the run', async () => {
    await inTransaction(a, async (tx) => {
      const run = RunState.create({ key, workflowType: 't', taskQueue: 'q', requestId: 'r', workflowTaskTimeoutMs: 10_000 }, 1);
      run.append({ workflowExecutionStarted: { workflowType: { name: 't' }, taskQueue: 'q' } as never });
      signal(run);
      await run.save(tx);
    });
    // A knows events 1 and 2 of version 1, and reads neither the row nor the events back.
    await inTransaction(a, async (tx) => {
      const run = (await RunState.load(tx, key, 2))!;
      expect(ids(run.storedEventsFrom(1))).toEqual([1, 2]);
      expect(ids(run.storedEventsFrom(2))).toEqual([2]);
      expect(run.storedEventsFrom(3)).toEqual([]);
    });
    await inOptimisticTransaction(a, runKeyString(key), async (tx) => {
      const run = (await RunState.load(tx, key, 2))!;
      expect(run.lastEventIdAtLoad).toBe(2);
      signal(run);
      await run.save(tx);
    });
    // B, which never saw the run, reads it; its save makes A's memory of version 2 wrong.
    await inTransaction(b, async (tx) => {
      const run = (await RunState.load(tx, key, 3))!;
      expect(run.storedEventsFrom(1)).toBeUndefined();
      signal(run);
      await run.save(tx);
    });
    // A reads version 3 from the database in a transaction: its events of version 2 do not count.
    await inTransaction(a, async (tx) => {
      const run = (await RunState.load(tx, key, 4))!;
      expect(run.lastEventIdAtLoad).toBe(4);
      expect(run.storedEventsFrom(1)).toBeUndefined();
    });
    // An optimistic transition of A starts from its stale row, loses the race, and runs again from the database.
    let attempts = 0;
    await inOptimisticTransaction(a, runKeyString(key), async (tx) => {
      attempts++;
      const run = (await RunState.load(tx, key, 5))!;
      expect(run.lastEventIdAtLoad).toBe(attempts === 1 ? 3 : 4);
      signal(run);
      await run.save(tx);
    });
    expect(attempts).toBe(2);
    const { rows } = await a.query<{ event_id: number }>('SELECT event_id FROM history_events WHERE run_id = $1 ORDER BY event_id', [key.runId]);
    expect(rows.map((r) => Number(r.event_id))).toEqual([1, 2, 3, 4, 5]);
  });

  it('serves the activity rows a pool saved, all of them for a run it created, until another pool writes the run', async () => {
    const k = { ...key, workflowId: 'cached-activities', runId: '01CACHEACT' };
    const activity = (id: number, state: number) => ({
      scheduled_event_id: id, activity_id: `a${id}`, activity_type: 'noop', task_queue: 'q', state, attempt: 1, scheduled_time: 1,
      started_time: null, next_attempt_time: null, last_failure: null, last_worker_identity: null, scheduled: Buffer.from([]),
      heartbeat_details: null, last_heartbeat_time: null, cancel_requested_event_id: null, attempt_scheduled_time: 1,
    });
    await inTransaction(a, async (tx) => {
      const run = RunState.create({ key: k, workflowType: 't', taskQueue: 'q', requestId: 'r', workflowTaskTimeoutMs: 10_000 }, 1);
      run.append({ workflowExecutionStarted: { workflowType: { name: 't' }, taskQueue: 'q' } as never });
      run.work.writeActivity(activity(2, 1));
      run.work.writeActivity(activity(3, 1));
      await run.save(tx);
    });
    // A created the run: it knows every activity row, and that there is no other.
    await inOptimisticTransaction(a, runKeyString(k), async (tx) => {
      const run = (await RunState.load(tx, k, 2))!;
      expect(run.knownActivity(2)).toMatchObject({ activity_id: 'a2', state: 1 });
      expect(run.knownActivity('a3')).toMatchObject({ scheduled_event_id: 3 });
      expect(run.knownActivity(9)).toBeNull();
      run.work.deleteActivity(2);
      run.work.writeActivity({ ...run.knownActivity(3)!, state: 2 });
      signal(run);
      await run.save(tx);
    });
    // A heartbeat changes no version: the row is still served (its heartbeat columns may be older than the table's).
    await a.query('UPDATE activities SET last_heartbeat_time = 99 WHERE run_id = $1 AND scheduled_event_id = 3', [k.runId]);
    await inOptimisticTransaction(a, runKeyString(k), async (tx) => {
      const run = (await RunState.load(tx, k, 3))!;
      expect(run.knownActivity(2)).toBeNull();
      expect(run.knownActivity(3)).toMatchObject({ state: 2, last_heartbeat_time: null });
    });
    // B, which knows nothing of the run, starts the activity again; A's memory of version 2 is no longer the truth.
    await inTransaction(b, async (tx) => {
      const run = (await RunState.load(tx, k, 4))!;
      expect(run.knownActivity(3)).toBeUndefined();
      run.work.writeActivity({ ...activity(3, 2), attempt: 2 });
      await run.save(tx);
    });
    const seen: unknown[] = [];
    await inOptimisticTransaction(a, runKeyString(k), async (tx) => {
      const run = (await RunState.load(tx, k, 5))!;
      seen.push(run.knownActivity(3)?.attempt);
      signal(run);
      await run.save(tx); // the stale attempt loses the version race; the second attempt read the database
    });
    expect(seen).toEqual([1, undefined]);
    const { rows } = await a.query<{ attempt: number }>('SELECT attempt FROM activities WHERE run_id = $1', [k.runId]);
    expect(rows.map((r) => r.attempt)).toEqual([2]);
  });

  it('keeps how a run closed, for a result waiter of the pool that closed it', async () => {
    const k = { ...key, workflowId: 'cached-close', runId: '01CACHECLOSE' };
    await inTransaction(a, async (tx) => {
      const run = RunState.create({ key: k, workflowType: 't', taskQueue: 'q', requestId: 'r', workflowTaskTimeoutMs: 10_000 }, 1);
      run.append({ workflowExecutionStarted: { workflowType: { name: 't' }, taskQueue: 'q' } as never });
      await run.save(tx);
    });
    expect(closedRunOf(a, k)).toBeUndefined();
    await inOptimisticTransaction(a, runKeyString(k), async (tx) => {
      const run = (await RunState.load(tx, k, 2))!;
      run.row.status = 2;
      run.row.result = Buffer.from('done');
      run.append({ workflowExecutionCompleted: {} });
      await run.save(tx);
    });
    expect(closedRunOf(a, k)).toMatchObject({ status: 2, result: Buffer.from('done'), failure: null });
    // A bytes of its own: a small Buffer is a slice of a shared 8 KB slab, which keeping the slice would keep.
    expect(closedRunOf(a, k)!.result!.buffer.byteLength).toBe(4);
    expect(closedRunOf(b, k)).toBeUndefined();
    // Closed, it has no transitions left: nothing serves its row.
    await inOptimisticTransaction(a, runKeyString(k), async (tx) => {
      expect((await RunState.load(tx, k, 3))!.row.status).toBe(2);
    });
  });
});
