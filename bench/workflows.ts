// Workflows of the benchmark.
import { proxyActivities } from 'reprise/workflow';

const { noop } = proxyActivities<{ noop(i: number): Promise<number> }>({ startToCloseTimeout: '30s' });

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
