/** Runs the order-fulfilment sample against a server: a worker, two orders (one declined), and what happened. */
import { fileURLToPath } from 'node:url';
import { Client, type HistoryJSON } from 'reprise/client';
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

/** The events that tell the story, one a line; workflow task bookkeeping is counted, not listed. */
function timeline(history: HistoryJSON): string[] {
  const lines: string[] = [];
  let bookkeeping = 0;
  for (const e of history.events) {
    if (e.eventType.startsWith('WorkflowTask') || e.eventType === 'ActivityTaskStarted') {
      bookkeeping++;
      continue;
    }
    const detail = e.eventType === 'ActivityTaskScheduled' ? ` ${e.activityType as string}`
      : e.eventType === 'ActivityTaskFailed' ? `: ${(e.failure as { message: string }).message}`
        : e.eventType === 'TimerStarted' ? ` ${e.startToFireTimeoutMs as number} ms` : '';
    lines.push(`#${String(e.eventId).padStart(2)} ${e.eventType}${detail}`);
  }
  lines.push(`(${history.events.length} events in all; ${bookkeeping} of them workflow task and attempt bookkeeping)`);
  return lines;
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
        `${result.reason ? ` (${result.reason})` : ''}`);
      for (const line of timeline(history)) print(`    ${line}`);
    }
    print('  activity log:');
    for (const line of log) print(`    ${line}`);
    return results;
  } finally {
    client.close();
  }
}
