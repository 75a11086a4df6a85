/** Bad input and broken surroundings: each gives an error that says what is wrong; nothing crashes or corrupts. */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Client, ConnectionError, ValueError } from 'reprise/client';
import { Worker, WorkerOptionsError, WorkflowBundleError } from 'reprise/worker';
import { startEmbeddedPostgres, freePort } from '../../dist/runtime/embedded-postgres.js';
import { startServer } from '../../dist/runtime/server.js';
import { createLogger } from '../../dist/runtime/logger.js';
import { FIXTURE_WORKFLOWS, ROOT, scratchDir, startTestServer } from '../helpers.js';
import * as fixtureActivities from '../fixtures/activities.mjs';

const { configureActivityLog: _unused, ...activities } = fixtureActivities;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('an unreachable server', () => {
  it('Client.connect rejects with a ConnectionError naming the address', async () => {
    const port = await freePort();
    const err = await Client.connect({ address: `127.0.0.1:${port}`, connectTimeout: '500ms' }).catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.message).toContain(`cannot reach the Reprise server at 127.0.0.1:${port}`);
  });

  it('Worker.create rejects with a ConnectionError', async () => {
    const port = await freePort();
    const err = await Worker.create({ address: `127.0.0.1:${port}`, taskQueue: 'q', activities, connectTimeout: '500ms' })
      .catch((e) => e);
    expect(err).toBeInstanceOf(ConnectionError);
  });
});

describe('bad input to the SDK', () => {
  it('client.workflow.start checks its options before sending', async () => {
    const server = await startTestServer();
    const client = await Client.connect({ address: server.address });
    cleanups.push(async () => {
      client.close();
      await server.stop();
    });
    const start = (options: unknown, type: unknown = 'w') =>
      client.workflow.start(type as string, options as never).catch((e) => e);
    expect(await start({ workflowId: 'a' })).toEqual(new ValueError('start options: taskQueue is required'));
    expect(await start({ taskQueue: 'q' })).toEqual(new ValueError('start options: workflowId is required'));
    expect(await start({ taskQueue: 'q', workflowId: 'a', args: 'x' })).toEqual(new ValueError('start options: args must be an array'));
    const big = await start({ taskQueue: 'q', workflowId: 'a', args: [1n] });
    expect(big).toBeInstanceOf(ValueError);
    expect(big.message).toMatch(/^start options: args\[0\] cannot be converted to JSON/);
    expect(await start({ taskQueue: 'q', workflowId: 'a' }, '')).toBeInstanceOf(ValueError);
    expect(() => client.workflow.getHandle('')).toThrow(ValueError);
  });

  it('Worker.create refuses workflow code that imports a Node module, naming the import chain', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.stop());
    const err = await Worker.create({ address: server.address, taskQueue: 'q',
      workflowsPath: join(ROOT, 'test/fixtures/bad/imports-fs.ts') }).catch((e) => e);
    expect(err).toBeInstanceOf(WorkflowBundleError);
    expect(err.message).toContain("workflow code may not import the Node module 'node:fs'");
    expect(err.message).toMatch(/imports-fs\.ts -> .*uses-fs\.ts -> node:fs/);
  });

  it('Worker.create refuses missing files, files without workflows and non-function activities', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.stop());
    const create = (o: object) => Worker.create({ address: server.address, taskQueue: 'q', ...o } as never).catch((e) => e);
    expect((await create({ workflowsPath: '/no/such/file.ts' })).message).toContain('/no/such/file.ts does not exist');
    expect((await create({ workflowsPath: join(ROOT, 'test/fixtures/bad/no-workflows.ts') })).message)
      .toContain('exports no workflow functions');
    expect(await create({ activities: { a: 1 } })).toEqual(new WorkerOptionsError('Worker.create: activities.a is not a function'));
    expect(await create({})).toBeInstanceOf(WorkerOptionsError);
    expect(await Worker.create({ workflowsPath: FIXTURE_WORKFLOWS } as never).catch((e) => e)).toBeInstanceOf(WorkerOptionsError);
  });
});

describe('a database that goes down', () => {
  it('calls fail with UNAVAILABLE naming the database; the server survives and serves again when it is back', async () => {
    const dir = scratchDir('db-down');
    const port = await freePort();
    let db = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, fsync: false });
    const server = await startServer({ databaseUrl: db.url, port: 0, logger: createLogger('test', 'silent') });
    const client = await Client.connect({ address: server.address });
    const worker = await Worker.create({ address: server.address, taskQueue: 'q', workflowsPath: FIXTURE_WORKFLOWS, activities });
    const running = worker.run();
    try {
      expect(await client.workflow.execute('sleeper', { taskQueue: 'q', workflowId: 'before', args: [10] })).toBe('woke>after-sleep');
      await db.stop();
      const err = await client.workflow.start('sleeper', { taskQueue: 'q', workflowId: 'during', args: [10] }).catch((e) => e);
      expect(err).toBeInstanceOf(ConnectionError);
      expect(err.message).toMatch(/^database unavailable: /);
      db = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, fsync: false });
      expect(await client.workflow.execute('sleeper', { taskQueue: 'q', workflowId: 'after', args: [10] })).toBe('woke>after-sleep');
      const { events } = await client.workflow.getHandle('before').fetchHistory();
      expect(events.map((e) => e.eventId)).toEqual(events.map((_, i) => i + 1));
    } finally {
      await worker.shutdown();
      await running;
      client.close();
      await server.stop();
      await db.stop();
    }
  });
});
