/**
 * The worker's Prometheus metrics (prom-client). `worker.metrics` is the registry: serve
 * `await worker.metrics.metrics()` from your process's /metrics, or merge it into a registry of your own.
 */
import { Counter, Histogram, Registry } from 'prom-client';

const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

export class WorkerMetrics {
  readonly registry = new Registry();
  private readonly taskLatency: Histogram<'task' | 'task_queue' | 'outcome'>;
  private readonly replayLatency: Histogram<'task_queue'>;
  private readonly replayedEvents: Counter<'task_queue'>;
  private readonly cacheLookups: Counter<'result'>;

  constructor() {
    const registers = [this.registry];
    this.taskLatency = new Histogram({ name: 'reprise_worker_task_seconds',
      help: 'From a task reaching the worker to its completion being acknowledged (task: workflow or activity)',
      labelNames: ['task', 'task_queue', 'outcome'], buckets: BUCKETS, registers });
    this.replayLatency = new Histogram({ name: 'reprise_worker_replay_seconds',
      help: 'Time to replay a workflow task\'s history and run its new activation', labelNames: ['task_queue'], buckets: BUCKETS, registers });
    this.replayedEvents = new Counter({ name: 'reprise_worker_replayed_events_total', help: 'History events replayed',
      labelNames: ['task_queue'], registers });
    this.cacheLookups = new Counter({ name: 'reprise_worker_sticky_cache_total',
      help: 'Workflow tasks that brought only new events: hit when the run was cached, miss when the whole history had to be read',
      labelNames: ['result'], registers });
  }

  /** Starts timing a task; call the result with its outcome when it is done. */
  task(task: 'workflow' | 'activity', taskQueue: string): (outcome: 'ok' | 'failed') => void {
    const end = this.taskLatency.startTimer({ task, task_queue: taskQueue });
    return (outcome) => end({ outcome });
  }

  /** Events fed to workflow code for a task (the new ones on a sticky hit, the whole history otherwise). */
  replayed(taskQueue: string, events: number): void {
    this.replayedEvents.inc({ task_queue: taskQueue }, events);
  }

  replayTime(taskQueue: string, seconds: number): void {
    this.replayLatency.observe({ task_queue: taskQueue }, seconds);
  }

  cache(result: 'hit' | 'miss'): void {
    this.cacheLookups.inc({ result });
  }
}
