/**
 * An approval that waits for a person: an expense goes to a manager, who approves or rejects it with a signal.
 * If nobody answers within 24 hours, the request escalates. Its state can be queried at any time.
 */
import { condition, defineQuery, defineSignal, proxyActivities, setHandler } from 'reprise/workflow';
import type * as activities from './activities.js';

export interface Expense {
  id: string;
  employee: string;
  amount: number;
}

export type Decision = { approved: boolean; by: string; note?: string };
export type ApprovalStatus = 'waiting' | 'approved' | 'rejected' | 'escalated';

export const decide = defineSignal<[Decision]>('decide');
export const status = defineQuery<ApprovalStatus>('status');

const { notifyManager, payExpense, escalate } = proxyActivities<typeof activities>({ startToCloseTimeout: '10s' });

export async function expenseApproval(expense: Expense, timeout = '24h'): Promise<{ status: ApprovalStatus; by?: string }> {
  let decision: Decision | undefined;
  let current: ApprovalStatus = 'waiting';
  setHandler(decide, (d) => { decision ??= d; });
  setHandler(status, () => current);
  await notifyManager(expense);
  if (!await condition(() => decision !== undefined, timeout)) {
    current = 'escalated';
    await escalate(expense);
    return { status: current };
  }
  current = decision!.approved ? 'approved' : 'rejected';
  if (decision!.approved) await payExpense(expense);
  return { status: current, by: decision!.by };
}
