// Each example in examples/ runs here, on the time-skipping test environment (an embedded Postgres of its own).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { TestEnvironment } from 'reprise/testing';
import type { Worker } from 'reprise/worker';
import * as approvalActivities from '../../examples/approval/activities.js';
import { decide, status } from '../../examples/approval/workflows.js';
import * as booksActivities from '../../examples/books-import/activities.js';
import { progress } from '../../examples/books-import/workflows.js';
import * as fanOutActivities from '../../examples/fan-out/activities.js';
import * as orderActivities from '../../examples/order-fulfilment/activities.js';
import { log as orderLog, stock } from '../../examples/order-fulfilment/ledger.js';
import { eventually, ROOT } from '../helpers.js';

const example = (name: string) => join(ROOT, 'examples', name, 'workflows.ts');
const DAY_MS = 24 * 3600_000;

let env: TestEnvironment;
const workers: Promise<void>[] = [];
async function serve(taskQueue: string, name: string, activities: Record<string, unknown>): Promise<Worker> {
  const worker = await env.createWorker({ taskQueue, workflowsPath: example(name), activities: activities as never });
  workers.push(worker.run());
  return worker;
}

beforeAll(async () => {
  env = await TestEnvironment.create({ timeSkipping: true });
  const { sent: _s, ...approval } = approvalActivities;
  const { files: _f, tables: _t, calls: _c, ...books } = booksActivities;
  await serve('approval', 'approval', approval);
  await serve('books', 'books-import', books);
  await serve('fan-out', 'fan-out', fanOutActivities);
  await serve('orders', 'order-fulfilment', orderActivities);
}, 60_000);

afterAll(async () => {
  await env?.teardown();
  await Promise.all(workers);
});

describe('examples', () => {
  it('approval: nobody answers, and the 24-hour timeout escalates it without waiting a day', async () => {
    const started = Date.now();
    const handle = await env.client.workflow.start('expenseApproval', { taskQueue: 'approval', workflowId: 'expense-1',
      args: [{ id: 'expense-1', employee: 'ana', amount: 120 }] });
    expect(await handle.result()).toEqual({ status: 'escalated' });
    const events = (await handle.fetchHistory()).events;
    const time = (type: string) => Date.parse(events.find((e) => e.eventType === type)!.eventTime);
    expect(time('TimerFired') - time('TimerStarted')).toBeGreaterThanOrEqual(DAY_MS);
    expect(Date.now() - started).toBeLessThan(60_000); // the day was skipped, not slept
    expect(env.currentTime().getTime() - Date.now()).toBeGreaterThanOrEqual(DAY_MS - 60_000);
    expect(approvalActivities.sent).toContain('escalated expense-1: no answer in time');
  });

  it('approval: a manager approves through a signal, and the status query follows', async () => {
    const handle = await env.client.workflow.start('expenseApproval', { taskQueue: 'approval', workflowId: 'expense-2',
      args: [{ id: 'expense-2', employee: 'bo', amount: 80 }] });
    await eventually(() => handle.query(status).then((s) => s === 'waiting', () => false), 10_000, 'waiting');
    await handle.signal(decide, { approved: true, by: 'carla' });
    expect(await handle.result()).toEqual({ status: 'approved', by: 'carla' });
    expect(await handle.query(status)).toBe('approved');
    expect(approvalActivities.sent).toContain('paid 80 to bo');
  });

  it('books import: three dependent steps, only the failed one retried', async () => {
    booksActivities.files.set('books.csv', 'title, author, year\nDune, Herbert, 1965\nEmma, Austen, 1815\n');
    const handle = await env.client.workflow.start('importBooks', { taskQueue: 'books', workflowId: 'import-1', args: ['books.csv'] });
    expect(await handle.result()).toEqual({ table: 'books_books_csv', rows: 2 });
    expect(booksActivities.calls).toEqual(['analyseFile', 'persistSchema', 'importRows#1', 'importRows#2']);
    expect(booksActivities.tables.get('books_books_csv')).toEqual({ columns: ['title', 'author', 'year'],
      rows: [['Dune', 'Herbert', '1965'], ['Emma', 'Austen', '1815']] });
    expect(await handle.query(progress)).toBe('done');
  });

  it('fan-out: 100 child workflows, their results gathered by the parent', async () => {
    const skus = Array.from({ length: 100 }, (_, i) => `sku-${i + 1}`);
    const result = await env.client.workflow.execute('priceCatalogue', { taskQueue: 'fan-out', workflowId: 'catalogue', args: [skus] });
    expect(result).toEqual({ count: 100, total: 5050 });
    const children = [];
    for await (const run of env.client.workflow.list({ workflowIdPrefix: 'catalogue/' })) children.push(run);
    expect(children).toHaveLength(100);
    expect(children.every((c) => c.status === 'COMPLETED' && c.parent?.workflowId === 'catalogue')).toBe(true);
  }, 120_000);

  it('order fulfilment: one order ships, a declined card releases the reservation', async () => {
    const lamps = stock.get('lamp')!;
    const ok = await env.client.workflow.execute('fulfilOrder', { taskQueue: 'orders', workflowId: 'order-1',
      args: [{ orderId: 'order-1', item: 'book', quantity: 1, amount: 15, card: '4242' }] });
    const declined = await env.client.workflow.execute('fulfilOrder', { taskQueue: 'orders', workflowId: 'order-2',
      args: [{ orderId: 'order-2', item: 'lamp', quantity: 2, amount: 90, card: '0000 1111' }] });
    expect(ok).toMatchObject({ status: 'shipped', trackingId: 'trk-order-1' });
    expect(declined).toMatchObject({ status: 'declined', reason: 'card declined' });
    expect(orderLog).toContain('released rsv-order-2');
    expect(stock.get('lamp')).toBe(lamps);
  });
});
