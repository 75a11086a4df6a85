import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../dist/runtime/embedded-postgres.js';
import { CLI, createDatabase, scratchDir, spawnNode } from '../helpers.js';

async function exitOf(child: ReturnType<typeof spawnNode>): Promise<number | null> {
  if (child.proc.exitCode !== null) return child.proc.exitCode;
  return new Promise((r) => child.proc.once('exit', (code) => r(code)));
}

describe('reprise dev', () => {
  it('--sample runs the order-fulfilment sample on an embedded Postgres and stops cleanly on SIGTERM', async () => {
    const dir = scratchDir('dev');
    const port = await freePort();
    const dev = spawnNode([CLI, 'dev', '--sample', '--ephemeral', '--port', String(port), '--db-dir', join(dir, 'db')]);
    try {
      await dev.waitFor('Press Ctrl+C to stop', 90_000);
      const out = dev.output();
      expect(out).toContain(`Reprise dev server ready at 127.0.0.1:${port}`);
      expect(out).toMatch(/order-\w+-1: shipped \(tracking trk-order-\w+-1\)/);
      expect(out).toMatch(/order-\w+-2: declined \(card declined\)/);
      expect(out).toMatch(/released rsv-order-\w+-2/);
      // A second dev server on the same data is refused, not allowed to stop the first one's Postgres.
      const second = spawnNode([CLI, 'dev', '--port', String(await freePort()), '--db-dir', join(dir, 'db')]);
      expect(await exitOf(second)).toBe(1);
      expect(second.output()).toMatch(/is in use by process \d+/);
      dev.proc.kill('SIGTERM');
      // 143 (128 + SIGTERM) when embedded-postgres's own exit hook, which also stops Postgres, exits first.
      expect([0, 143]).toContain(await exitOf(dev));
      expect(existsSync(join(dir, 'db', 'pgdata'))).toBe(false);
    } finally {
      await dev.kill();
    }
  });
});

describe('reprise server and migrate', () => {
  it('server without DATABASE_URL says what to set and exits 2', async () => {
    const child = spawnNode([CLI, 'server'], { DATABASE_URL: '' });
    expect(await exitOf(child)).toBe(2);
    expect(child.output()).toContain('DATABASE_URL is not set');
  });

  it('server with an unreachable database says which one and exits 1', async () => {
    const port = await freePort();
    const child = spawnNode([CLI, 'server', '--port', '0'], { DATABASE_URL: `postgres://u:secret@127.0.0.1:${port}/x` });
    expect(await exitOf(child)).toBe(1);
    expect(child.output()).toContain(`cannot prepare the database at postgres://u:***@127.0.0.1:${port}/x`);
    expect(child.output()).not.toContain('secret');
  });

  it('migrate applies the schema once', async () => {
    const url = await createDatabase();
    const first = spawnNode([CLI, 'migrate'], { DATABASE_URL: url });
    expect(await exitOf(first)).toBe(0);
    expect(first.output()).toContain('applied: 0001_initial.sql');
    const again = spawnNode([CLI, 'migrate'], { DATABASE_URL: url });
    expect(await exitOf(again)).toBe(0);
    expect(again.output()).toContain('the schema is up to date');
  });
});
