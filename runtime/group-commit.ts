/**
 * Group commit for the saves of optimistic transitions (see inOptimisticTransaction in database.ts).
 *
 * Such a save is one statement that commits by itself, guarded by the version of its run. Saves that arrive while
 * an earlier group is still on its way to the database wait, and then go together on the connection of one of them:
 * each as its prepared statement (Bind, Describe, Execute), all closed by a single Sync. Postgres runs the
 * statements of one Sync as one implicit transaction, so the group costs one round trip, one commit and one WAL
 * flush instead of one of each per save. A save alone (no group in flight) goes at once, as before: grouping adds
 * no wait when the runtime is idle.
 *
 * Every invariant of a single save holds for a member of a group. Its statement writes its run only if the
 * version matches (a lost race writes nothing and reads as `saved = 0`, as alone), and its answer is released
 * only once the group has committed. If any statement fails, Postgres rolls the whole group back; each member
 * then runs again on its own connection, so only the failing save sees its error.
 */
import type pg from 'pg';
import Result from 'pg/lib/result.js';
import utils from 'pg/lib/utils.js';

/** The connection of pg's client, as far as a submittable uses it (pg's own Query does the same). */
interface Connection {
  stream: { cork?(): void; uncork?(): void };
  parsedStatements: Record<string, string | undefined>;
  bind(config: { statement: string; values: unknown[] }): void;
  describe(config: { type: 'P'; name: string }): void;
  execute(config: { portal: string; rows: number }): void;
  sync(): void;
  sendCopyFail(message: string): void;
}

interface Member {
  client: pg.PoolClient;
  /** The statement's prepared name (see database.ts), parsed on the member's own connection at least. */
  name: string;
  text: string;
  values: unknown[];
  resolve(result: pg.QueryResult): void;
  reject(err: unknown): void;
}

export interface GroupCommitOptions {
  /** Groups on their way at once. */
  maxInFlight?: number;
  /** Saves in one group at most. */
  maxGroup?: number;
  /** Told the size of each group sent (1 for a save sent alone). */
  onGroup?(size: number): void;
}

export class GroupCommit {
  private readonly waiting: Member[] = [];
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly maxGroup: number;

  constructor(private readonly statementName: (text: string) => string, private readonly options: GroupCommitOptions = {}) {
    this.maxInFlight = options.maxInFlight ?? 1;
    this.maxGroup = options.maxGroup ?? 64;
  }

  /**
   * Runs `text` (one statement that commits by itself) on `client`, or in a group on the connection of another
   * member. Resolves once its transaction has committed.
   */
  run(client: pg.PoolClient, text: string, values: unknown[]): Promise<pg.QueryResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ client, name: this.statementName(text), text, values, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.maxGroup);
      this.inFlight++;
      void this.send(group).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async send(group: Member[]): Promise<void> {
    // The group goes on its first member's connection. A statement that connection has not prepared yet goes
    // alone on its own (which prepares it there): that happens only while connections warm up.
    const leader = group[0]!.client;
    const parsed = connectionOf(leader).parsedStatements;
    let together = group.filter((m) => parsed[m.name] === m.text);
    if (together.length < 2) together = [];
    const alone = group.filter((m) => !together.includes(m));
    if (together.length > 0) this.options.onGroup?.(together.length);
    for (const m of alone) this.options.onGroup?.(1);
    await Promise.all([...(together.length > 0 ? [this.sendTogether(leader, together)] : []), ...alone.map(runAlone)]);
  }

  /** Sends `group` on `client`, whose connection has prepared every statement of it. */
  private async sendTogether(client: pg.PoolClient, group: Member[]): Promise<void> {
    let results: pg.QueryResult[];
    try {
      results = await new Promise<pg.QueryResult[]>((resolve, reject) => {
        void client.query(new Pipeline(group, (err, res) => (err ? reject(err) : resolve(res!))) as never);
      });
    } catch {
      // Postgres rolled the whole group back: each save runs again alone, and only a failing one fails.
      await Promise.all(group.map(runAlone));
      return;
    }
    group.forEach((m, i) => m.resolve(results[i]!));
  }
}

const connectionOf = (client: pg.PoolClient) => (client as unknown as { connection: Connection }).connection;

async function runAlone(m: Member): Promise<void> {
  try {
    m.resolve(await m.client.query(m.text, m.values));
  } catch (err) {
    m.reject(err);
  }
}

/**
 * A pg submittable that sends the group's statements (already prepared on this connection) with one Sync and
 * gathers one result per statement. pg hands it the backend's messages until ReadyForQuery (or the first error,
 * after which Postgres skips to the Sync and rolls the implicit transaction back).
 */
class Pipeline {
  /** Read by the metrics wrapper of client.query (statementKind). */
  readonly text = 'WITH (group commit)';
  private readonly results: pg.QueryResult[] = [];
  private current = new Result() as ResultBuilder;
  private done = false;

  constructor(private readonly group: Member[], private readonly callback: (err: unknown, results?: pg.QueryResult[]) => void) {}

  submit(connection: Connection): Error | null {
    let values: unknown[][];
    try {
      values = this.group.map((m) => m.values.map((v) => utils.prepareValue(v)));
    } catch (err) {
      return err as Error; // nothing written: pg reports it through handleError
    }
    connection.stream.cork?.();
    try {
      this.group.forEach((m, i) => {
        connection.bind({ statement: m.name, values: values[i]! });
        connection.describe({ type: 'P', name: '' });
        connection.execute({ portal: '', rows: 0 });
      });
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
    return null;
  }

  handleRowDescription(msg: { fields: unknown[] }): void {
    this.current.addFields(msg.fields);
  }

  handleDataRow(msg: { fields: unknown[] }): void {
    this.current.addRow(this.current.parseRow(msg.fields));
  }

  handleCommandComplete(msg: unknown): void {
    this.current.addCommandComplete(msg);
    this.results.push(this.current as unknown as pg.QueryResult);
    this.current = new Result() as ResultBuilder;
  }

  handleError(err: unknown): void {
    this.finish(err);
  }

  handleReadyForQuery(): void {
    if (this.results.length !== this.group.length) this.finish(new Error(`group commit: ${this.results.length} results for ${this.group.length} statements`));
    else this.finish(undefined, this.results);
  }

  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: Connection): void {
    connection.sendCopyFail('a group commit does not copy');
  }
  handleCopyData(): void {}

  private finish(err: unknown, results?: pg.QueryResult[]): void {
    if (this.done) return;
    this.done = true;
    this.callback(err, results);
  }
}

interface ResultBuilder {
  addFields(fields: unknown[]): void;
  parseRow(fields: unknown[]): unknown;
  addRow(row: unknown): void;
  addCommandComplete(msg: unknown): void;
}
