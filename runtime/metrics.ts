/**
 * The runtime's Prometheus metrics (prom-client), served at `/metrics` of the console port. Counts that follow a
 * write are taken after its transaction commits (`afterCommit`), so a transaction run again never counts twice.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from './database.js';

const STATUS_LABELS: Record<number, string> = {
  2: 'completed', 3: 'failed', 4: 'cancelled', 5: 'terminated', 6: 'continued_as_new', 7: 'timed_out',
};
/** Seconds, from a millisecond to ten minutes. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 600];

/** How a workflow task reached its worker. */
export type WorkflowTaskDispatch = 'queued' | 'sticky' | 'eager_start' | 'eager_activity';

export class RuntimeMetrics {
  readonly registry = new Registry();
  private readonly started: Counter<'workflow_type'>;
  private readonly closed: Counter<'workflow_type' | 'status'>;
  private readonly workflowLatency: Histogram<'workflow_type' | 'status'>;
  private readonly scheduleToStart: Histogram<'task' | 'task_queue'>;
  private readonly activityAttempts: Counter<'activity_type' | 'dispatch'>;
  private readonly workflowTasks: Counter<'task_queue' | 'dispatch'>;
  private readonly activityFailures: Counter<'activity_type' | 'kind'>;
  private readonly timerLag: Histogram<'kind'>;
  private readonly heldCompletions: Counter<'outcome'>;
  /** Worker streams open (their hello taken), by task queue. */
  readonly workersConnected: Gauge<'task_queue'>;
  readonly dbQueries: Histogram<'statement'>;
  readonly dbCommitGroup: Histogram;
  readonly streamBatch: Histogram<'direction'>;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'reprise_process_' });
    this.started = new Counter({ name: 'reprise_workflows_started_total', help: 'Workflow runs started, by type',
      labelNames: ['workflow_type'], registers });
    this.closed = new Counter({ name: 'reprise_workflows_closed_total',
      help: 'Workflow runs closed, by type and status (completed, failed, cancelled, terminated, continued_as_new, timed_out)',
      labelNames: ['workflow_type', 'status'], registers });
    this.workflowLatency = new Histogram({ name: 'reprise_workflow_end_to_end_seconds',
      help: 'From a run\'s start to its close', labelNames: ['workflow_type', 'status'], buckets: LATENCY_BUCKETS, registers });
    this.scheduleToStart = new Histogram({ name: 'reprise_task_schedule_to_start_seconds',
      help: 'From a task being queued to a worker starting it (task: workflow or activity)',
      labelNames: ['task', 'task_queue'], buckets: LATENCY_BUCKETS, registers });
    this.activityAttempts = new Counter({ name: 'reprise_activity_attempts_total',
      help: 'Activity attempts started (dispatch: queued, or eager: started with the workflow task completion that scheduled it)',
      labelNames: ['activity_type', 'dispatch'], registers });
    this.workflowTasks = new Counter({ name: 'reprise_workflow_tasks_started_total',
      help: 'Workflow tasks started (dispatch: queued, sticky (claimed from a sticky queue), eager_start (with the ' +
        'run\'s start), eager_activity (with the completion of an activity, for the worker that keeps the run))',
      labelNames: ['task_queue', 'dispatch'], registers });
    this.activityFailures = new Counter({ name: 'reprise_activity_failures_total',
      help: 'Activity attempts that failed (kind: failed or timed_out)', labelNames: ['activity_type', 'kind'], registers });
    this.timerLag = new Histogram({ name: 'reprise_timer_lag_seconds', help: 'How late timers fire after their fire time',
      labelNames: ['kind'], buckets: LATENCY_BUCKETS, registers });
    this.heldCompletions = new Counter({ name: 'reprise_activity_completions_held_total',
      help: 'Activity completions held for the workflow task they started on the same stream, by how they were saved ' +
        '(merged: with that task\'s completion; alone: let go first; again: lost a race and ran again from the database)',
      labelNames: ['outcome'], registers });
    this.workersConnected = new Gauge({ name: 'reprise_workers_connected',
      help: 'Workers connected to this instance by their stream, by task queue', labelNames: ['task_queue'], registers });
    this.dbQueries = new Histogram({ name: 'reprise_db_query_seconds', help: 'Database statement latency, by statement kind',
      labelNames: ['statement'], buckets: LATENCY_BUCKETS, registers });
    this.dbCommitGroup = new Histogram({ name: 'reprise_db_commit_group_size',
      help: 'Saves of optimistic transitions committed together in one transaction (group commit); 1 for a save alone',
      buckets: [1, 2, 4, 8, 16, 32, 64], registers });
    this.streamBatch = new Histogram({ name: 'reprise_worker_stream_batch_size',
      help: 'Messages per message on the workers\' streams (a batch, or 1), by direction (to_worker, from_worker)',
      labelNames: ['direction'], buckets: [1, 2, 4, 8, 16, 32, 64], registers });
  }

  /** Reads the open workflow count from the database at each scrape. */
  watchOpenWorkflows(db: Db): void {
    new Gauge({ name: 'reprise_open_workflows', help: 'Running workflow runs, by type', labelNames: ['workflow_type'],
      registers: [this.registry],
      async collect() {
        const { rows } = await db.query<{ workflow_type: string; n: number }>(
          'SELECT workflow_type, count(*)::int AS n FROM executions WHERE status = 1 GROUP BY workflow_type');
        this.reset();
        for (const r of rows) this.set({ workflow_type: r.workflow_type }, r.n);
      } });
  }

  workflowStarted(workflowType: string): void {
    this.started.inc({ workflow_type: workflowType });
  }

  workflowClosed(workflowType: string, status: number, startTimeMs: number, closeTimeMs: number): void {
    const labels = { workflow_type: workflowType, status: STATUS_LABELS[status] ?? String(status) };
    this.closed.inc(labels);
    this.workflowLatency.observe(labels, Math.max(0, closeTimeMs - startTimeMs) / 1000);
  }

  taskStarted(task: 'workflow' | 'activity', taskQueue: string, waitedMs: number): void {
    this.scheduleToStart.observe({ task, task_queue: taskQueue }, Math.max(0, waitedMs) / 1000);
  }

  workflowTaskStarted(taskQueue: string, dispatch: WorkflowTaskDispatch): void {
    this.workflowTasks.inc({ task_queue: taskQueue, dispatch });
  }

  activityAttempt(activityType: string, dispatch: 'queued' | 'eager'): void {
    this.activityAttempts.inc({ activity_type: activityType, dispatch });
  }

  activityFailed(activityType: string, timedOut: boolean): void {
    this.activityFailures.inc({ activity_type: activityType, kind: timedOut ? 'timed_out' : 'failed' });
  }

  completionHeld(outcome: 'merged' | 'alone' | 'again'): void {
    this.heldCompletions.inc({ outcome });
  }

  timerFired(kind: string, lateMs: number): void {
    this.timerLag.observe({ kind }, Math.max(0, lateMs) / 1000);
  }
}

/** The statement kind of a SQL text (its first word), as a label with few values. */
export function statementKind(sql: string): string {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'OTHER';
  return ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'BEGIN', 'COMMIT', 'ROLLBACK', 'WITH', 'LISTEN', 'NOTIFY'].includes(word) ? word : 'OTHER';
}
