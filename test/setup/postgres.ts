/**
 * One embedded Postgres for the whole test run (fsync off: tests do not test the disk). Each test file makes
 * its own database on it (test/helpers.ts), so files never see each other's rows.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../dist/runtime/embedded-postgres.js';

let db: EmbeddedDatabase | undefined;
const root = join('/tmp', `reprise-test-${process.pid}`);

export async function setup(project: TestProject): Promise<void> {
  mkdirSync(root, { recursive: true, mode: 0o755 });
  db = await startEmbeddedPostgres({ dataDir: join(root, 'pgdata'), ephemeral: true, fsync: false });
  project.provide('postgresUrl', db.url);
  project.provide('scratchDir', root);
}

export async function teardown(): Promise<void> {
  await db?.stop();
  rmSync(root, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    scratchDir: string;
  }
}
