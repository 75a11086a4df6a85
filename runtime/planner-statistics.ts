import type { Db } from './database.js';
import type { Logger } from './logger.js';

/** The tables whose rows the hot statements look up by a run's key. */
const TABLES = ['executions', 'history_events', 'activities', 'tasks', 'timers', 'updates'];
const EVERY_MS = 5_000;
/** Below this many live rows, any plan is cheap. */
const MIN_ROWS = 100;

/**
 * Keeps the planner's statistics of the runtime's tables in step with their size while they are young.
 *
 * Every statement of the runtime is prepared (database.ts), and Postgres keeps the generic plan it chose for a
 * connection until the table's statistics change. On a new database the tables hold nothing and were never
 * analysed; every index then costs the same to the planner, and the plans chosen (an index on the namespace alone,
 * filtering the workflow and run IDs) read every run of the namespace once the table has grown: the save of a
 * transition cost 1 ms at 2,000 runs and kept growing. Autovacuum analyses a table after a minute and 10% of
 * changes, too late for a young table that doubles every few seconds. So the server analyses a table (which
 * invalidates the plans that read it) when it was never analysed and holds 100 rows, or when it has doubled since.
 * A queue table (tasks, timers) whose rows come and go stays small and is left to autovacuum.
 */
export class PlannerStatistics {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly db: Db, private readonly logger: Logger) {}

  start(): void {
    this.timer = setInterval(() => {
      this.running ??= this.check().then(() => undefined, (err: Error) => this.logger.warn({ err: err.message }, 'could not analyse the tables'))
        .finally(() => { this.running = undefined; });
    }, EVERY_MS);
    this.timer.unref();
  }

  /** Analyses each table that has outgrown its statistics; returns their names. */
  async check(): Promise<string[]> {
    const { rows } = await this.db.query<{ relname: string }>(
      `SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
        WHERE s.schemaname = current_schema() AND s.relname = ANY($1)
          AND s.n_live_tup >= $2 AND (c.reltuples < 0 OR s.n_live_tup > 2 * c.reltuples)`, [TABLES, MIN_ROWS]);
    for (const { relname } of rows) {
      await this.db.query(`ANALYZE ${relname}`);
      this.logger.debug({ table: relname }, 'table analysed: it outgrew its planner statistics');
    }
    return rows.map((r) => r.relname);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
