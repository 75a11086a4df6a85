/**
 * What operators see of runs: listings with filters and status counts, the runs that need attention, and one
 * run described as a process record (what it waits on, its input and outcome, its children and chain). Reads
 * only; the history engine does every write.
 */
import { pb, v1 } from '../proto/index.js';
import type { Clock } from './clock.js';
import { withClient, type Db } from './database.js';
import { invalidArgument, notFound } from './errors.js';
import { DEFAULT_NAMESPACE, type ActivityRow } from './history-engine.js';
import { decodeFailure, decodePayloads, readHistory, RunStatus, WorkflowTaskState, type RunKey } from './run-state.js';

/** "No progress" when a run with queued or running work has appended nothing for this long. */
export const DEFAULT_NO_PROGRESS_MS = 5 * 60_000;

export type ListFilter = Omit<v1.IListWorkflowsRequest, 'pageSize' | 'nextPageToken'>;

interface ListedRow {
  workflow_id: string; run_id: string; workflow_type: string; task_queue: string; status: number; start_time: number;
  close_time: number | null; next_event_id: number; parent_workflow_id: string | null; parent_run_id: string | null;
  new_execution_run_id: string | null; first_run_id: string; continued_from_run_id: string | null;
  wft_attempt: number; wft_state: number; last_event_time: number; failing_activity: string | null; failing_attempt: number | null;
  has_activities: boolean;
}

/** Columns of a listed run, with what "needs attention" is judged on. `e` is the executions row. */
const LISTED_COLUMNS = `e.workflow_id, e.run_id, e.workflow_type, e.task_queue, e.status, e.start_time, e.close_time,
  e.next_event_id, e.parent_workflow_id, e.parent_run_id, e.new_execution_run_id, e.first_run_id, e.continued_from_run_id,
  e.wft_attempt, e.wft_state, e.last_event_time, fa.activity_type AS failing_activity, fa.attempt AS failing_attempt,
  EXISTS (SELECT 1 FROM activities x WHERE x.namespace = e.namespace AND x.workflow_id = e.workflow_id AND x.run_id = e.run_id)
    AS has_activities`;
const FAILING_ACTIVITY = `LEFT JOIN LATERAL (SELECT a.activity_type, a.attempt FROM activities a
  WHERE a.namespace = e.namespace AND a.workflow_id = e.workflow_id AND a.run_id = e.run_id AND a.attempt > 2
  ORDER BY a.attempt DESC LIMIT 1) fa ON e.status = 1`;

function duration(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 1000)}s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)}m`;
  return `${(ms / 3_600_000).toFixed(1)}h`;
}

export class Visibility {
  constructor(private readonly db: Db, private readonly clock: Clock) {}

  /** Why a running run needs an operator; empty when it does not. */
  private attention(r: ListedRow, noProgressMs: number): string[] {
    if (r.status !== RunStatus.Running) return [];
    const why: string[] = [];
    if (r.wft_attempt > 1) why.push(`workflow task failing (attempt ${r.wft_attempt})`);
    if (r.failing_activity) why.push(`activity '${r.failing_activity}' on attempt ${r.failing_attempt}`);
    const idle = this.clock.now() - r.last_event_time;
    if (idle >= noProgressMs && (r.wft_state !== WorkflowTaskState.None || r.has_activities)) {
      why.push(`no progress for ${duration(idle)}`);
    }
    return why;
  }

  private info(r: ListedRow, noProgressMs: number): v1.IWorkflowExecutionInfo {
    return {
      execution: { workflowId: r.workflow_id, runId: r.run_id }, workflowType: r.workflow_type, taskQueue: r.task_queue,
      status: r.status, startTimeMs: r.start_time, closeTimeMs: r.close_time ?? 0, historyLength: r.next_event_id - 1,
      newExecutionRunId: r.new_execution_run_id ?? '',
      parentExecution: r.parent_workflow_id ? { workflowId: r.parent_workflow_id, runId: r.parent_run_id } : null,
      attention: this.attention(r, noProgressMs), firstRunId: r.first_run_id, continuedFromRunId: r.continued_from_run_id ?? '',
    };
  }

  /** The WHERE clause of a filter (statuses left out when `withStatus` is false: the counts are per status). */
  private where(f: ListFilter, params: unknown[], withStatus = true): string[] {
    const where = ['e.namespace = $1'];
    params.push(f.namespace || DEFAULT_NAMESPACE);
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.workflowType) add('e.workflow_type = ?', f.workflowType);
    if (f.taskQueue) add('e.task_queue = ?', f.taskQueue);
    if (f.workflowIdPrefix) add("e.workflow_id LIKE ? ESCAPE '\\'", f.workflowIdPrefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%');
    const statuses = (f.statuses ?? []).filter((st) => st !== v1.WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_UNSPECIFIED);
    for (const st of statuses) {
      if (!v1.WorkflowExecutionStatus[st]) throw invalidArgument('statuses', `${st} is not a workflow status`);
    }
    if (withStatus && statuses.length > 0) add('e.status = ANY(?::smallint[])', statuses);
    if (Number(f.startedAfterMs) > 0) add('e.start_time >= ?', Number(f.startedAfterMs));
    if (Number(f.startedBeforeMs) > 0) add('e.start_time < ?', Number(f.startedBeforeMs));
    if (f.needsAttention) {
      params.push(this.clock.now() - this.noProgressMs(f));
      const cut = `$${params.length}`;
      where.push(`e.status = 1 AND (e.wft_attempt > 1
        OR EXISTS (SELECT 1 FROM activities a WHERE a.namespace = e.namespace AND a.workflow_id = e.workflow_id
          AND a.run_id = e.run_id AND a.attempt > 2)
        OR (e.last_event_time <= ${cut} AND (e.wft_state <> 0 OR EXISTS (SELECT 1 FROM activities a
          WHERE a.namespace = e.namespace AND a.workflow_id = e.workflow_id AND a.run_id = e.run_id))))`);
    }
    return where;
  }

  private noProgressMs(f: ListFilter): number {
    const ms = Number(f.noProgressMs ?? 0);
    if (!Number.isFinite(ms) || ms < 0) throw invalidArgument('no_progress_ms', 'must not be negative');
    return ms || DEFAULT_NO_PROGRESS_MS;
  }

  /** Runs matching a filter, newest first; the page token is the (start time, run ID) of the last one returned. */
  async list(req: v1.IListWorkflowsRequest): Promise<v1.IListWorkflowsResponse> {
    const pageSize = req.pageSize ?? 0;
    if (pageSize < 0 || pageSize > 1_000) throw invalidArgument('page_size', 'must be between 0 and 1000');
    const size = pageSize || 100;
    const params: unknown[] = [];
    const where = this.where(req, params);
    if (req.nextPageToken && req.nextPageToken.length > 0) {
      const m = /^(\d+):(.+)$/.exec(Buffer.from(req.nextPageToken).toString('utf8'));
      if (!m) throw invalidArgument('next_page_token', 'is not a token this service issued');
      params.push(Number(m[1]), m[2]);
      where.push(`(e.start_time, e.run_id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(size + 1);
    const { rows } = await this.db.query<ListedRow>(`SELECT ${LISTED_COLUMNS} FROM executions e ${FAILING_ACTIVITY}
      WHERE ${where.join(' AND ')} ORDER BY e.start_time DESC, e.run_id DESC LIMIT $${params.length}`, params);
    const more = rows.length > size;
    if (more) rows.length = size;
    const last = rows[rows.length - 1];
    const noProgress = this.noProgressMs(req);
    return {
      executions: rows.map((r) => this.info(r, noProgress)),
      nextPageToken: more && last ? Buffer.from(`${last.start_time}:${last.run_id}`) : new Uint8Array(),
    };
  }

  /** How many runs match the filter (its statuses aside), by status name. */
  async count(f: ListFilter): Promise<Record<string, number>> {
    const params: unknown[] = [];
    const where = this.where(f, params, false);
    const { rows } = await this.db.query<{ status: number; n: number }>(
      `SELECT e.status, count(*)::int AS n FROM executions e WHERE ${where.join(' AND ')} GROUP BY e.status`, params);
    const counts: Record<string, number> = {};
    for (const name of Object.keys(v1.WorkflowExecutionStatus).filter((k) => !k.endsWith('UNSPECIFIED'))) {
      counts[name.replace('WORKFLOW_EXECUTION_STATUS_', '')] = 0;
    }
    for (const r of rows) counts[v1.WorkflowExecutionStatus[r.status]!.replace('WORKFLOW_EXECUTION_STATUS_', '')] = r.n;
    return counts;
  }

  /** One run as a process record: what it waits on, its input and outcome, its links. */
  async describe(key: RunKey): Promise<v1.IDescribeWorkflowResponse> {
    return withClient(this.db, async (client) => {
      const args = [key.namespace, key.workflowId, key.runId];
      const { rows } = await client.query<ListedRow & { result: Buffer | null; failure: Buffer | null; cancel_requested: boolean;
        wft_scheduled_time: number | null; wft_started_time: number | null; wft_last_failure: Buffer | null }>(
        `SELECT ${LISTED_COLUMNS}, e.result, e.failure, e.cancel_requested, e.wft_scheduled_time, e.wft_started_time,
           e.wft_last_failure FROM executions e ${FAILING_ACTIVITY}
         WHERE e.namespace = $1 AND e.workflow_id = $2 AND e.run_id = $3`, args);
      const r = rows[0];
      if (!r) throw notFound(`workflow '${key.workflowId}' run '${key.runId}' not found`);
      const acts = await client.query<ActivityRow>(
        'SELECT * FROM activities WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3 ORDER BY scheduled_event_id', args);
      const timers = await client.query<{ timer_id: string | null; fire_time: number; ref_event_id: number }>(
        'SELECT timer_id, fire_time, ref_event_id FROM timers WHERE namespace = $1 AND workflow_id = $2 AND run_id = $3 AND kind = 1 ORDER BY fire_time', args);
      const children = await client.query<ListedRow>(`SELECT ${LISTED_COLUMNS} FROM executions e ${FAILING_ACTIVITY}
        WHERE e.namespace = $1 AND e.parent_workflow_id = $2 AND e.parent_run_id = $3 ORDER BY e.start_time, e.run_id`, args);
      const [first] = await readHistory(client, key, 1, 1);
      const stateNames = { 1: 'SCHEDULED', 2: 'STARTED', 3: 'BACKING_OFF' } as const;
      return {
        info: this.info(r, DEFAULT_NO_PROGRESS_MS),
        input: first?.workflowExecutionStarted?.input ?? null,
        result: decodePayloads(r.result), failure: decodeFailure(r.failure), cancelRequested: r.cancel_requested,
        children: children.rows.map((c) => this.info(c, DEFAULT_NO_PROGRESS_MS)),
        pendingActivities: acts.rows.map((a) => {
          const scheduled = pb.ActivityTaskScheduled.decode(a.scheduled);
          return {
            activityId: a.activity_id, activityType: a.activity_type, state: stateNames[a.state], attempt: a.attempt,
            maximumAttempts: scheduled.retryPolicy?.maximumAttempts ?? 0, lastFailure: decodeFailure(a.last_failure),
            scheduledTimeMs: a.scheduled_time, lastStartedTimeMs: a.started_time ?? 0,
            nextAttemptTimeMs: a.next_attempt_time ?? 0, lastWorkerIdentity: a.last_worker_identity ?? '',
            scheduledEventId: a.scheduled_event_id, heartbeatDetails: decodePayloads(a.heartbeat_details),
            lastHeartbeatTimeMs: a.last_heartbeat_time ?? 0, cancelRequested: !!a.cancel_requested_event_id,
          };
        }),
        pendingWorkflowTask: r.wft_state === WorkflowTaskState.None && !r.wft_last_failure ? null : {
          state: ['BACKING_OFF', 'SCHEDULED', 'STARTED'][r.wft_state], attempt: r.wft_attempt,
          scheduledTimeMs: r.wft_scheduled_time ?? 0, startedTimeMs: r.wft_started_time ?? 0,
          lastFailure: decodeFailure(r.wft_last_failure),
        },
        pendingTimers: timers.rows.map((t) => ({ timerId: t.timer_id ?? '', fireTimeMs: t.fire_time, startedEventId: t.ref_event_id })),
      };
    });
  }
}


