/**
 * The activities of the order-fulfilment sample: the steps that touch other systems. Each one would call a
 * real service; here they keep a small in-memory stock and payment ledger so the outcome is visible.
 */
import { ApplicationFailure, Context } from 'reprise/activity';
import { log, stock } from './ledger.js';

export interface Order {
  orderId: string;
  item: string;
  quantity: number;
  amount: number;
  card: string;
}


export async function reserveInventory(order: Order): Promise<string> {
  const left = stock.get(order.item) ?? 0;
  if (left < order.quantity) throw ApplicationFailure.nonRetryable(`only ${left} ${order.item} left`, 'OutOfStock');
  stock.set(order.item, left - order.quantity);
  log.push(`reserved ${order.quantity} x ${order.item} for ${order.orderId}`);
  return `rsv-${order.orderId}`;
}

export async function releaseInventory(order: Order, reservationId: string): Promise<void> {
  stock.set(order.item, (stock.get(order.item) ?? 0) + order.quantity);
  log.push(`released ${reservationId}`);
}

export async function chargePayment(order: Order): Promise<string> {
  // The idempotency key is the same for every attempt: a payment provider would refuse a second charge.
  const { idempotencyKey } = Context.current().info;
  if (order.card.startsWith('0000')) throw ApplicationFailure.nonRetryable('card declined', 'PaymentDeclined');
  log.push(`charged ${order.amount} for ${order.orderId} (key ${idempotencyKey})`);
  return `pay-${order.orderId}`;
}

export async function shipOrder(order: Order): Promise<string> {
  log.push(`shipped ${order.orderId}`);
  return `trk-${order.orderId}`;
}
