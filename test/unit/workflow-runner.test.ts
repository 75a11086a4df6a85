import { join } from 'node:path';
import type { Worker as Thread } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { sequentialHistory } from '../../dist/bench/histories.js';
import { bundleWorkflows } from '../../dist/worker/bundler.js';
import { WorkflowRunner } from '../../dist/worker/workflow-runner.js';
import { ROOT } from '../helpers.js';

describe('the workflow thread', () => {
  it('answers the tasks it finishes in one turn of its event loop with one message, each answer to its task', async () => {
    const bundle = await bundleWorkflows(join(ROOT, 'dist', 'bench', 'workflows.js'));
    const runner = await WorkflowRunner.start(bundle, 10_000, {
      runLocalActivity: () => Promise.reject(new Error('no local activities here')), log: () => undefined,
    }, { maxRuns: 100, maxBytes: 1e9 });
    const received: string[] = [];
    (runner as unknown as { thread: Thread }).thread.on('message', (m: { type: string }) => received.push(m.type));
    try {
      // Eight runs at their first task, sent at once: oneActivity schedules noop(1), sequentialActivities noop(0).
      const types = Array.from({ length: 8 }, (_, i) => (i % 3 === 0 ? 'oneActivity' : 'sequentialActivities'));
      const outcomes = await Promise.all(types.map((workflowType, i) => {
        const runId = `run-${i}`;
        const history = sequentialHistory(12, runId).slice(0, 3); // started, task scheduled, task started
        return runner.execute({ workflowId: `wf-${i}`, runId, workflowType, history, attempt: 1 });
      }));
      const inputs = outcomes.map((o) => {
        if (o === 'miss' || !o.outcome.ok) return o;
        const data = o.outcome.commands[0]?.scheduleActivityTask?.input?.payloads?.[0]?.data;
        return data && Buffer.from(data).toString();
      });
      expect(inputs).toEqual(types.map((t) => (t === 'oneActivity' ? '1' : '0')));
      expect(received).toContain('batch');
      expect(received.length).toBeLessThan(8);
    } finally {
      await runner.close();
    }
  });
});
