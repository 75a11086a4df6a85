/** Runs the order-fulfilment sample against a server: a worker, two orders (one declined), and what happened. */
import { fileURLToPath } from 'node:url';
import { Client } from 'reprise/client';
import { Worker } from 'reprise/worker';
import * as activities from './activities.js';
import { log } from './ledger.js';
import type { OrderResult } from './workflows.js';

export const SAMPLE_TASK_QUEUE = 'orders';

export async function startSampleWorker(address: string): Promise<Worker> {
  return Worker.create({
    address, taskQueue: SAMPLE_TASK_QUEUE, activities,
    workflowsPath: fileURLToPath(new URL('./workflows.js', import.meta.url)),
  });
}

export async function runSampleOrders(address: string, print: (line: string) => void): Promise<OrderResult[]> {
  const client = await Client.connect({ address });
  try {
    const stamp = Date.now().toString(36);
    const orders = [
      { orderId: `order-${stamp}-1`, item: 'book', quantity: 2, amount: 30, card: '4242 4242 4242 4242' },
      { orderId: `order-${stamp}-2`, item: 'lamp', quantity: 1, amount: 45, card: '0000 0000 0000 0000' },
    ];
    const handles = await Promise.all(orders.map((order) =>
      client.workflow.start('fulfilOrder', { taskQueue: SAMPLE_TASK_QUEUE, workflowId: order.orderId, args: [order] })));
    const results: OrderResult[] = [];
    for (const handle of handles) {
      const result = await handle.result() as OrderResult;
      const history = await handle.fetchHistory();
      results.push(result);
      print(`  ${handle.workflowId}: ${result.status}${result.trackingId ? ` (tracking ${result.trackingId})` : ''}` +
        `${result.reason ? ` (${result.reason})` : ''}; ${history.events.length} events:`);
      print(`    ${history.events.map((e) => e.eventType).join(', ')}`);
    }
    print('  activity log:');
    for (const line of log) print(`    ${line}`);
    return results;
  } finally {
    client.close();
  }
}
