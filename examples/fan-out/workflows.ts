/**
 * Fan-out: a parent starts one child workflow per item and gathers their results. Each child is a workflow of
 * its own (its own history, retries and visibility); the parent waits for all of them.
 */
import { executeChild, proxyActivities, workflowInfo } from 'reprise/workflow';
import type * as activities from './activities.js';

const { price } = proxyActivities<typeof activities>({ startToCloseTimeout: '10s' });

export async function priceItem(sku: string): Promise<number> {
  return price(sku);
}

export async function priceCatalogue(skus: string[]): Promise<{ count: number; total: number }> {
  const { workflowId } = workflowInfo();
  const prices = await Promise.all(skus.map((sku) => executeChild(priceItem, { workflowId: `${workflowId}/${sku}`, args: [sku] })));
  return { count: prices.length, total: prices.reduce((a, b) => a + b, 0) };
}
