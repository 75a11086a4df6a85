/**
 * The hot path's statements use indexes: a workload of activities, timers, signals, queries, children, sticky and
 * eager dispatch runs, then every parameterized statement the runtime prepared on the way is explained as a
 * generic plan (what a prepared statement runs) with sequential scans priced out. A statement that still plans
 * a Seq Scan has no index it can use.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Client, type WorkflowHandle } from 'reprise/client';
import { Worker } from 'reprise/worker';
import { preparedStatementTexts } from '../../dist/runtime/database.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import * as fixtureActivities from '../fixtures/activities.mjs';
import { ROOT, useTestServer } from '../helpers.js';

const { configureActivityLog: _unused, ...activities } = fixtureActivities;
let server: RunningServer;
let client: Client;
useTestServer((s, c) => {
  server = s;
  client = c;
});

describe('query plans', () => {
  it('every statement of the hot path plans with an index, never a sequential scan', async () => {
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
      await db.query('SET enable_seqscan = off');
      const scans: string[] = [];
      for (const text of statements) {
        if (!/^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)/i.test(text)) continue;
        const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (GENERIC_PLAN) ${text}`);
        const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
        if (/Seq Scan/.test(plan)) scans.push(`${text.replace(/\s+/g, ' ').trim()}\n${plan}`);
      }
      expect(scans, scans.join('\n\n')).toEqual([]);
    } finally {
      db.release(true); // its settings go with it
    }
  }, 60_000);
});
