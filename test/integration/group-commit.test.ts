/**
 * Group commit (runtime/group-commit.ts): saves that arrive while another is on its way to the database commit
 * together, in one transaction, and each still behaves as it would alone. Then the same workload through a
 * server with group commit on and off: the same histories, and groups were formed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkout, createPool, statementName, type Db, type Tx } from '../../dist/runtime/database.js';
import { GroupCommit } from '../../dist/runtime/group-commit.js';
import { createLogger } from '../../dist/runtime/logger.js';
import type { RunningServer } from '../../dist/runtime/server.js';
import { createDatabase, threeStepsWorkload } from '../helpers.js';

describe('GroupCommit', () => {
  let db: Db;
  const clients: { client: Tx; release(): void }[] = [];
  const INSERT = 'WITH x AS (INSERT INTO g (id, v) VALUES ($1, $2) RETURNING 1) SELECT count(*) AS n FROM x';
  const GUARDED = 'UPDATE g SET v = v + 1 WHERE id = $1 AND v = $2';

  beforeAll(async () => {
    db = createPool(await createDatabase(), createLogger('test', 'silent'), 8, undefined, { groupCommit: false });
    await db.query('CREATE TABLE g (id int PRIMARY KEY, v int NOT NULL)');
    for (let i = 0; i < 6; i++) clients.push(await checkout(db));
    // Every connection has prepared both statements, as connections of a running server have.
    for (const [i, c] of clients.entries()) {
      await c.client.query(INSERT, [-1 - i, 0]);
      await c.client.query(GUARDED, [-1 - i, 0]);
    }
  });
  afterAll(async () => {
    for (const c of clients) c.release();
    await db?.end();
  });

  const groupCommit = (sizes: number[]) => new GroupCommit(statementName, { onGroup: (n) => sizes.push(n) });
  const rows = async (ids: number[]) =>
    (await db.query<{ id: number; v: number }>('SELECT id, v FROM g WHERE id = ANY($1) ORDER BY id', [ids])).rows;

  it('sends the saves that arrive while one is in flight as one group, and answers each with its own result', async () => {
    const sizes: number[] = [];
    const group = groupCommit(sizes);
    const results = await Promise.all(clients.map((c, i) => group.run(c.client, INSERT, [100 + i, i])));
    // The first went alone at once; the other five waited for it and went together.
    expect(sizes).toEqual([1, 5]);
    expect(results.map((r) => r.rows[0])).toEqual(clients.map(() => ({ n: 1 }))); // count(*) parsed as a number
    expect(await rows([100, 101, 102, 103, 104, 105])).toEqual(clients.map((_, i) => ({ id: 100 + i, v: i })));
  });

  it('gives a member whose version guard fails no row, and commits the others', async () => {
    const sizes: number[] = [];
    const group = groupCommit(sizes);
    // Rows 100..105 have v = their index; members 2 and 4 expect a wrong value.
    const results = await Promise.all(clients.map((c, i) => group.run(c.client, GUARDED, [100 + i, i === 2 || i === 4 ? 99 : i])));
    expect(sizes).toEqual([1, 5]);
    expect(results.map((r) => r.rowCount)).toEqual([1, 1, 0, 1, 0, 1]);
    expect((await rows([100, 101, 102, 103, 104, 105])).map((r) => r.v)).toEqual([1, 2, 2, 4, 4, 6]);
  });

  it('runs every member again alone when one fails, so that only the failing one sees its error', async () => {
    const sizes: number[] = [];
    const group = groupCommit(sizes);
    // Member 3 inserts an id that exists: in the group its error rolls the whole transaction back.
    const outcomes = await Promise.allSettled(clients.map((c, i) => group.run(c.client, INSERT, [i === 3 ? 100 : 200 + i, 7])));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[3] as PromiseRejectedResult).reason).toMatchObject({ code: '23505' });
    expect(sizes.slice(0, 2)).toEqual([1, 5]);
    expect((await rows([200, 201, 202, 203, 204, 205])).map((r) => r.id)).toEqual([200, 201, 202, 204, 205]);
    expect((await rows([100]))[0]!.v).toBe(1); // the row member 3 collided with is untouched
  });

  it('sends a statement the leader\'s connection has not prepared alone, on its own connection', async () => {
    const sizes: number[] = [];
    const group = groupCommit(sizes);
    const fresh = 'INSERT INTO g (id, v) VALUES ($1, $2 + 0)';
    await Promise.all([
      group.run(clients[0]!.client, INSERT, [300, 0]),
      group.run(clients[1]!.client, INSERT, [301, 0]),
      group.run(clients[2]!.client, fresh, [302, 0]),
      group.run(clients[3]!.client, INSERT, [303, 0]),
    ]);
    expect(sizes).toEqual([1, 2, 1]);
    expect((await rows([300, 301, 302, 303])).map((r) => r.id)).toEqual([300, 301, 302, 303]);
  });

  it('sends the others on the leader\'s connection when the leader\'s own statement goes alone', async () => {
    const sizes: number[] = [];
    const group = groupCommit(sizes);
    const fresh = 'INSERT INTO g (id, v) VALUES ($1, $2 + 1)';
    await Promise.all([
      group.run(clients[4]!.client, INSERT, [400, 0]),
      group.run(clients[5]!.client, fresh, [401, 0]), // leads the second group; its connection prepared INSERT only
      group.run(clients[1]!.client, INSERT, [402, 0]),
      group.run(clients[2]!.client, INSERT, [403, 0]),
    ]);
    expect(sizes).toEqual([1, 2, 1]);
    expect((await rows([400, 401, 402, 403])).map((r) => [r.id, r.v])).toEqual([[400, 0], [401, 1], [402, 0], [403, 0]]);
  });
});

describe('a server with group commit', () => {
  /** Groups of more than one: all groups less those of size 1 (those in the bucket le="1"). */
  const grouped = async (server: RunningServer) => {
    const metrics = await (await fetch(`${server.consoleUrl}/metrics`)).text();
    const figure = (line: string) => Number(metrics.split('\n').find((l) => l.startsWith(line))?.slice(line.length) ?? 0);
    return figure('reprise_db_commit_group_size_count ') - figure('reprise_db_commit_group_size_bucket{le="1"} ');
  };

  it('writes the histories it writes without, and commits saves together', async () => {
    const on = await threeStepsWorkload({ groupCommit: true, consolePort: 0 }, grouped);
    const off = await threeStepsWorkload({ groupCommit: false, consolePort: 0 }, grouped);
    expect(on.histories).toEqual(off.histories);
    expect(on.read).toBeGreaterThan(0);
    expect(off.read).toBe(0);
  });
});
