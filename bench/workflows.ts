// Workflows of the benchmark.
import { condition, defineQuery, defineSignal, executeChild, proxyActivities, setHandler, workflowInfo } from 'reprise/workflow';

const { noop, hold } = proxyActivities<{ noop(i: number): Promise<number>; hold(): Promise<string> }>({ startToCloseTimeout: '5m' });

export async function oneActivity(): Promise<number> {
  return noop(1);
}

export async function threeActivities(): Promise<number> {
  const a = await noop(1);
  const b = await noop(a + 1);
  return noop(b + 1);
}

export async function sequentialActivities(n: number): Promise<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await noop(i);
  return sum;
}

export const tick = defineSignal('tick');
export const count = defineQuery<number>('count');

/** Counts `tick` signals until `n` arrived. */
export async function countSignals(n: number): Promise<number> {
  let seen = 0;
  setHandler(tick, () => { seen++; });
  setHandler(count, () => seen);
  await condition(() => seen >= n);
  return seen;
}

/** Starts `n` children of one activity each and sums their results. */
export async function fanOutChildren(n: number): Promise<number> {
  const { workflowId } = workflowInfo();
  const results = await Promise.all(Array.from({ length: n }, (_, i) =>
    executeChild(oneActivity, { workflowId: `${workflowId}/${i}` })));
  return results.reduce((a, b) => a + b, 0);
}

/** An activity completed from outside (the benchmark heartbeats it through the client first). */
export async function heldActivity(): Promise<string> {
  return hold();
}

/** Waits for `done`: a run that stays open (and cached) without doing anything. */
export async function idle(): Promise<void> {
  let done = false;
  setHandler(defineSignal('done'), () => { done = true; });
  await condition(() => done);
}
