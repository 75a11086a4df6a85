/**
 * The hot path's statements use indexes: a workload of activities, timers, signals, queries, children, sticky and
 * eager dispatch runs, then every parameterized statement the runtime prepared on the way is explained as a
 * generic plan (what a prepared statement runs) with sequential scans priced out, once the namespace holds 5,000
 * more runs and the tables are analysed. A statement that still plans a Seq Scan has no index it can use; one that
 * scans an index on part of a run's key and filters the rest reads every run of the namespace.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Client, type WorkflowHandle } from 'reprise/client';
import { Worker } from 'reprise/worker';
import { preparedStatementTexts } from '../../dist/runtime/database.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import * as fixtureActivities from '../fixtures/activities.mjs';
import { insertRuns, ROOT, useTestServer } from '../helpers.js';

const { configureActivityLog: _unused, ...activities } = fixtureActivities;
let server: RunningServer;
let client: Client;
useTestServer((s, c) => {
  server = s;
  client = c;
});

/**
 * Whether a plan scans an index on a prefix of a run's key (the namespace, say) and filters the workflow or run
 * ID afterwards: a scan that grows with every run of the namespace. (On a new database every index costs the same
 * to the planner and such plans are chosen; runtime/planner-statistics.ts analyses the tables as they grow, which
 * replaces them.)
 */
function keyFiltered(plan: string): boolean {
  return plan.split('->').some((node) => /Index (Only )?Scan/.test(node)
    && /Filter: .*\b(workflow_id|run_id) = \$/.test(node) && !/Index Cond: .*\b(workflow_id|run_id) = /.test(node));
}

describe('query plans', () => {
  it('every statement of the hot path plans with an index on its key, never a sequential scan', async () => {
    const worker = await Worker.create({ address: server.address, taskQueue: 'plans', activities,
      workflowsPath: join(ROOT, 'test', 'fixtures', 'sticky-workflows.ts') });
    const running = worker.run();
    try {
      const mixed: WorkflowHandle = await client.workflow.start('mixed', { taskQueue: 'plans', workflowId: 'plans-m', args: [3] });
      await client.workflow.execute('sequence', { taskQueue: 'plans', workflowId: 'plans-s', args: [5] });
      for (let i = 0; i < 100 && await mixed.query('total').then(() => false, () => true); i++) await new Promise((r) => setTimeout(r, 20));
      for (const v of [1, 2, 3]) await mixed.signal('push', v);
      await mixed.executeUpdate('bump', { args: [1] });
      await mixed.result();
    } finally {
      await worker.shutdown();
      await running;
    }
    const statements = preparedStatementTexts();
    expect(statements.length).toBeGreaterThan(20);
    const db = await server.db.connect();
    try {
      // Plans as a database in use has them: many runs of the namespace, and statistics that say so.
      await insertRuns(db, 'bulk', 1, 5000);
      await db.query(`INSERT INTO history_events (namespace, workflow_id, run_id, event_id, event_type, event_time, data)
        SELECT 'default', 'bulk-' || i, 'bulk-run-' || i, e, 'WorkflowExecutionSignaled', i, '\\x'::bytea
        FROM generate_series(1, 5000) i, generate_series(1, 3) e`);
      await db.query('ANALYZE');
      await db.query('SET enable_seqscan = off');
      const scans: string[] = [];
      for (const text of statements) {
        if (!/^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)/i.test(text)) continue;
        const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (GENERIC_PLAN) ${text}`);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        if (/Seq Scan/.test(plan) || keyFiltered(plan)) scans.push(`${text.replace(/\s+/g, ' ').trim()}\n${plan}`);
      }
      expect(scans, scans.join('\n\n')).toEqual([]);
    } finally {
      db.release(true); // its settings go with it
    }
  }, 60_000);
});
