/**
 * Order fulfilment: reserve the stock, charge the card, ship. A declined payment releases the reservation
 * (compensation) and the order ends as declined. The workflow survives any crash: each step's result is in
 * its history, and a new worker carries on where the last one was.
 */
import { ActivityFailure, ApplicationFailure, proxyActivities, sleep } from 'reprise/workflow';
import type * as activities from './activities.js';
import type { Order } from './activities.js';

const { reserveInventory, releaseInventory, chargePayment, shipOrder } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10s',
  retry: { initialInterval: '200ms', maximumAttempts: 5 },
});

export interface OrderResult {
  orderId: string;
  status: 'shipped' | 'declined';
  trackingId?: string;
  reason?: string;
}

export async function fulfilOrder(order: Order): Promise<OrderResult> {
  const reservationId = await reserveInventory(order);
  try {
    await chargePayment(order);
  } catch (err) {
    if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.type === 'PaymentDeclined') {
      await releaseInventory(order, reservationId);
      return { orderId: order.orderId, status: 'declined', reason: err.cause.message };
    }
    throw err;
  }
  await sleep('100ms'); // a durable pause, as a warehouse hand-off would be
  const trackingId = await shipOrder(order);
  return { orderId: order.orderId, status: 'shipped', trackingId };
}
