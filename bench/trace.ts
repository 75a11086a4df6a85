/**
 * `npm run bench:trace`: where the time of one workflow goes, run one at a time (a diagnostic, not a benchmark).
 * Prints the process's CPU per run (server, worker and client share it), the statements each run sent by kind,
 * and the time between consecutive events of its history (event times are the server's clock, in ms).
 * TRACE_WORKFLOW (oneActivity, threeActivities), TRACE_RUNS (100), TRACE_EAGER_START=1 (starts ask for eager
 * execution), TRACE_QUEUED=1 (the server's eagerStartWhenFree off: a run's first task goes by its queue).
 */
import type { WorkflowHandle } from 'reprise/client';
import { startStack } from './stack.js';

const workflowType = process.env.TRACE_WORKFLOW ?? 'oneActivity';
const runs = Number(process.env.TRACE_RUNS ?? 100);
const eagerStart = process.env.TRACE_EAGER_START === '1';
const queued = process.env.TRACE_QUEUED === '1';

const stack = await startStack('trace', { taskQueue: 'trace', activities: { noop: async (i: number) => i } },
  { eagerStartWhenFree: !queued });
const { server, client } = stack;

/** Statements sent so far, by kind (the runtime's statement latency histogram counts them). */
async function statements(): Promise<Map<string, number>> {
  const metric = (await server.engine.metrics.registry.getMetricsAsJSON()).find((m) => m.name === 'reprise_db_query_seconds') as
    { values: { value: number; metricName?: string; labels: Record<string, string> }[] };
  return new Map(metric.values.filter((v) => v.metricName?.endsWith('_count')).map((v) => [v.labels.statement!, v.value]));
}

try {
  for (let i = 0; i < 20; i++) await client.workflow.execute(workflowType, { taskQueue: 'trace', workflowId: `warm-${i}`, eagerStart });
  const handles: { handle: WorkflowHandle; sent: number; started: number; done: number }[] = [];
  const before = await statements();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const sent = Date.now();
    const handle = await client.workflow.start(workflowType, { taskQueue: 'trace', workflowId: `trace-${i}`, eagerStart });
    const started = Date.now();
    await handle.result();
    handles.push({ handle, sent, started, done: Date.now() });
  }
  const cpu = process.cpuUsage(cpu0);
  const wallMs = (performance.now() - wall0) / runs;
  const after = await statements();
  console.log(`${workflowType}${eagerStart ? ' (eagerStart)' : ''}${queued ? ' (first task queued)' : ''}, ${runs} runs one at a time: ${wallMs.toFixed(1)} ms each, ` +
    `process CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms per run`);
  const kinds = [...after].map(([kind, n]) => [kind, (n - (before.get(kind) ?? 0)) / runs] as const).filter(([, n]) => n > 0);
  console.log(`statements per run: ${kinds.map(([k, n]) => `${k} ${n.toFixed(1)}`).join(', ')} ` +
    `(${kinds.reduce((s, [, n]) => s + n, 0).toFixed(1)} in all)`);

  const gaps = new Map<string, number[]>();
  const add = (step: string, ms: number) => gaps.set(step, [...(gaps.get(step) ?? []), ms]);
  for (const { handle, sent, started, done } of handles) {
    const { events } = await handle.fetchHistory();
    add('start call returns', started - sent);
    let [at, from] = [sent, 'start sent'];
    events.forEach((e, i) => {
      const t = Date.parse(e.eventTime);
      add(`${String(i + 1).padStart(2)} ${from} -> ${e.eventType}`, t - at);
      [at, from] = [t, e.eventType];
    });
    add(`   ${from} -> result received`, done - at);
  }
  for (const [step, ms] of gaps) {
    ms.sort((x, y) => x - y);
    console.log(`${step.padEnd(72)} mean ${(ms.reduce((s, x) => s + x, 0) / ms.length).toFixed(2)} ms, p50 ${ms[ms.length >> 1]} ms`);
  }
} finally {
  await stack.stop();
}
