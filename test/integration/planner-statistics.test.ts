/**
 * PlannerStatistics (runtime/planner-statistics.ts): a young table is analysed when it reaches 100 rows and each
 * time it doubles, and the run lookup's generic plan then reads the run's key from an index instead of filtering
 * every run of the namespace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Db } from '../../dist/runtime/database.js';
import { createLogger } from '../../dist/runtime/logger.js';
import { migrate } from '../../dist/runtime/migrate.js';
import { PlannerStatistics } from '../../dist/runtime/planner-statistics.js';
import { createDatabase, eventually, insertRuns } from '../helpers.js';

describe('planner statistics', () => {
  let db: Db;
  beforeAll(async () => {
    const url = await createDatabase();
    await migrate(url);
    db = createPool(url, createLogger('test', 'silent'), 2);
    // Autovacuum would analyse the young table on its own now and then (one cluster serves every test database),
    // and the check would then have nothing to do.
    await db.query('ALTER TABLE executions SET (autovacuum_enabled = false)');
  });
  afterAll(() => db?.end());

  const addRuns = (from: number, to: number) => insertRuns(db, 'w', from, to, '1 + i % 2');
  const lookupPlan = async () => (await db.query<{ 'QUERY PLAN': string }>(
    'EXPLAIN (GENERIC_PLAN) SELECT status FROM executions WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3'))
    .rows.map((r) => r['QUERY PLAN']).join('\n');

  it('analyses a table at 100 rows and when it doubles, and the key lookup then uses the key', async () => {
    const statistics = new PlannerStatistics(db, createLogger('test', 'silent'));
    await addRuns(1, 60);
    expect(await statistics.check()).toEqual([]); // too small to matter
    await addRuns(61, 300);
    // Never analysed: the planner cannot tell the indexes apart and filters the key (what the check prevents).
    expect(await lookupPlan()).toMatch(/Filter: .*workflow_id = \$2/);
    // The counters reach pg_stat_user_tables within a second or so of the commit.
    expect(await eventually(async () => (await statistics.check()).includes('executions') || undefined, 10_000, 'executions analysed')).toBe(true);
    expect(await lookupPlan()).not.toMatch(/Filter: .*workflow_id/);
    expect(await statistics.check()).toEqual([]); // analysed at its size: nothing to do
    await addRuns(301, 700);
    expect(await eventually(async () => (await statistics.check()).includes('executions') || undefined, 10_000, 'executions analysed again')).toBe(true);
  });
});
