import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadMigrations, migrate } from '../../dist/runtime/migrate.js';
import { createDatabase, scratchDir } from '../helpers.js';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

describe('migrations', () => {
  it('apply in order once, recorded in schema_migrations, even when several instances start at once', async () => {
    const url = await createDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const names = loadMigrations().map((m) => m.name);
    expect(results.flat()).toEqual(names);
    expect(results.filter((r) => r.length > 0)).toHaveLength(1);
    const rows = await query<{ version: number; name: string }>(url, 'SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.name)).toEqual(names);
    expect(await migrate(url)).toEqual([]);
  });

  it('a failing migration leaves nothing behind (one transaction) and names the error', async () => {
    const url = await createDatabase();
    const dir = join(scratchDir('migr'), 'm');
    mkdirSync(dir);
    writeFileSync(join(dir, '0001_ok.sql'), 'CREATE TABLE a (x int);');
    writeFileSync(join(dir, '0002_bad.sql'), 'CREATE TABLE b (x nosuchtype);');
    await expect(migrate(url, loadMigrations(dir))).rejects.toThrow(/nosuchtype/);
    const tables = await query<{ n: string }>(url,
      "SELECT count(*)::text AS n FROM information_schema.tables WHERE table_name IN ('a', 'schema_migrations')");
    expect(tables[0]!.n).toBe('0');
  });
});
