/** The approval example's activities: they record what they did, as an e-mail or payment service would. */
import type { Expense } from './workflows.js';

export const sent: string[] = [];

export async function notifyManager(expense: Expense): Promise<void> {
  sent.push(`asked a manager to approve ${expense.id} (${expense.amount} for ${expense.employee})`);
}

export async function payExpense(expense: Expense): Promise<void> {
  sent.push(`paid ${expense.amount} to ${expense.employee}`);
}

export async function escalate(expense: Expense): Promise<void> {
  sent.push(`escalated ${expense.id}: no answer in time`);
}
