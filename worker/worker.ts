import { hostname } from 'node:os';
import { v1 } from '../proto/index.js';
import { durationMs, type Duration } from '../sdk/common/duration.js';
import type { FailureData } from '../sdk/common/failure.js';
import { failureToProto, jsonToPayload, payloadToJson } from '../sdk/internal/payloads.js';
import { DEFAULT_ADDRESS, makeClient, waitForReady } from '../sdk/internal/grpc.js';
import { workerServiceDefinition } from '../proto/index.js';
import { executeActivity, type ActivityFunction } from './activity-executor.js';
import { bundleWorkflows } from './bundler.js';
import { WorkerOptionsError } from './errors.js';
import { WorkerConnection } from './connection.js';
import { runLocalActivity } from './local-activity.js';
import type { Registry } from 'prom-client';
import { WorkerMetrics } from './metrics.js';
import { WorkflowRunner, type WorkflowLogTags } from './workflow-runner.js';
import type { WorkflowTaskInput, WorkflowTaskOutcome } from './workflow-executor.js';
import { createLogger, type Logger } from '../runtime/logger.js';

export interface WorkerOptions {
  /** host:port of the Reprise server. @default '127.0.0.1:7233' */
  address?: string;
  /** @default 'default' */
  namespace?: string;
  /** The task queue this worker serves (its workflows and activities). */
  taskQueue: string;
  /** A .ts or .js file whose exports are the workflow functions; each export's name is its workflow type. */
  workflowsPath?: string;
  /** Activity functions by activity type. */
  activities?: Record<string, ActivityFunction>;
  /** @default `<pid>@<hostname>` */
  identity?: string;
  /**
   * Workflow tasks this worker holds at once. A slot is held while its task's completion travels to the runtime
   * and back, and an activity's completion brings the run's next workflow task with its answer only while a slot
   * is free: under load, too few slots turn those into queued tasks, each claimed in its own transaction.
   * @default 40
   */
  maxConcurrentWorkflowTasks?: number;
  /** @default 100 */
  maxConcurrentActivities?: number;
  /**
   * Activities per second the runtime hands out on this task queue, to all its workers together (protects a
   * downstream service). One limit for all runtime instances (a token bucket row in the database). @default no limit
   */
  maxTaskQueueActivitiesPerSecond?: number;
  /**
   * Runs whose replay state this worker keeps in memory after their task (the sticky cache): their next task
   * brings only the new events and runs on from where the code stopped, instead of replaying the whole history.
   * 0 turns the cache off; results are the same either way. @default 1000
   */
  maxCachedWorkflows?: number;
  /** The workflow thread's heap (in MiB) beyond which cached runs are evicted, least recently used first. @default 512 */
  maxCachedWorkflowsMemoryMB?: number;
  /** How long workflow code may run without yielding before its task fails. @default '5s' */
  workflowTaskDeadline?: Duration;
  /** How long shutdown() lets running activities finish before it cancels them. @default '10s' */
  shutdownGraceTime?: Duration;
  /** How long create() waits for the server. @default '10s' */
  connectTimeout?: Duration;
  logger?: Logger;
}

export type WorkerState = 'created' | 'running' | 'draining' | 'stopped';

function positiveInt(value: number | undefined, fallback: number, field: string, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) throw new WorkerOptionsError(`${field}: must be a whole number, ${min} or more`);
  return value;
}

/**
 * A worker: runs the workflows and activities of one task queue. `Worker.create` bundles the workflow code
 * (failing early on code that cannot run in the sandbox) and checks the server is reachable; `run()` serves
 * until `shutdown()`.
 */
export class Worker {
  readonly identity: string;
  private readonly connection: WorkerConnection;
  private readonly inflight = { workflow: 0, activity: 0 };
  private readonly slots: { workflow: number; activity: number };
  private readonly logger: Logger;
  private readonly metricsOf = new WorkerMetrics();
  /** Prometheus metrics of this worker (task and replay latency): serve `await worker.metrics.metrics()`. */
  get metrics(): Registry {
    return this.metricsOf.registry;
  }
  private state: WorkerState = 'created';
  private done?: { promise: Promise<void>; resolve(): void };
  private idleWaiters: (() => void)[] = [];

  /**
   * @param shutdownController aborts when the shutdown grace time is over: running activities (local ones too,
   * which the workflow runner started before this object existed) see their AbortSignal fire.
   */
  private constructor(readonly options: WorkerOptions, private readonly code: WorkflowRunner | undefined,
    private readonly shutdownController: AbortController) {
    this.identity = options.identity ?? `${process.pid}@${hostname()}`;
    this.logger = options.logger ?? createLogger('reprise-worker');
    this.slots = {
      workflow: code ? positiveInt(options.maxConcurrentWorkflowTasks, 40, 'maxConcurrentWorkflowTasks') : 0,
      activity: options.activities ? positiveInt(options.maxConcurrentActivities, 100, 'maxConcurrentActivities') : 0,
    };
    this.connection = new WorkerConnection(options.address ?? DEFAULT_ADDRESS,
      { namespace: options.namespace ?? 'default', taskQueue: options.taskQueue, identity: this.identity,
        maxTaskQueueActivitiesPerSecond: options.maxTaskQueueActivitiesPerSecond ?? 0, workflowTypes: code?.workflowTypes ?? [] }, {
        onWorkflowTask: (t) => void this.handleWorkflowTask(t),
        onActivityTask: (t) => void this.handleActivityTask(t),
        onQueryTask: (t) => void this.handleQueryTask(t),
        freeSlots: () => this.state === 'running'
          ? { workflow: this.slots.workflow - this.inflight.workflow, activity: this.slots.activity - this.inflight.activity }
          : { workflow: 0, activity: 0 },
        onStateChange: (connected, err) => {
          if (this.state === 'running') {
            if (connected) this.logger.info({ taskQueue: options.taskQueue }, 'worker connected');
            else this.logger.warn({ err: err?.message }, 'worker lost its connection to the server; reconnecting');
          }
        },
      });
  }

  /** The workflow types this worker serves (the workflows file's exported functions). */
  get workflowTypes(): string[] {
    return this.code?.workflowTypes ?? [];
  }

  static async create(options: WorkerOptions): Promise<Worker> {
    if (!options || typeof options !== 'object') throw new WorkerOptionsError('Worker.create: options are required');
    if (!options.taskQueue) throw new WorkerOptionsError('Worker.create: taskQueue is required');
    if (!options.workflowsPath && !options.activities) {
      throw new WorkerOptionsError('Worker.create: give workflowsPath, activities, or both');
    }
    if (options.activities !== undefined) {
      if (typeof options.activities !== 'object' || options.activities === null) {
        throw new WorkerOptionsError('Worker.create: activities must be an object of functions');
      }
      for (const [name, fn] of Object.entries(options.activities)) {
        if (typeof fn !== 'function') throw new WorkerOptionsError(`Worker.create: activities.${name} is not a function`);
      }
    }
    const rate = options.maxTaskQueueActivitiesPerSecond;
    if (rate !== undefined && !(Number.isFinite(rate) && rate > 0)) {
      throw new WorkerOptionsError('Worker.create: maxTaskQueueActivitiesPerSecond must be a number greater than 0');
    }
    const deadlineMs = durationMs(options.workflowTaskDeadline ?? '5s', 'workflowTaskDeadline');
    const connectTimeoutMs = durationMs(options.connectTimeout ?? '10s', 'connectTimeout');
    let code: WorkflowRunner | undefined;
    const activities = options.activities ?? {};
    const shutdown = new AbortController();
    const logger = options.logger ?? createLogger('reprise-worker');
    if (options.workflowsPath) {
      const cache = {
        maxRuns: positiveInt(options.maxCachedWorkflows, 1000, 'Worker.create: maxCachedWorkflows', 0),
        maxBytes: positiveInt(options.maxCachedWorkflowsMemoryMB, 512, 'Worker.create: maxCachedWorkflowsMemoryMB') * 1024 * 1024,
      };
      const bundle = await bundleWorkflows(options.workflowsPath);
      code = await WorkflowRunner.start(bundle, deadlineMs, {
        runLocalActivity: (command, info, budgetMs) => runLocalActivity(activities, command, info, budgetMs, shutdown.signal),
        log: (run, level, text) => workflowLog(logger, run, level, text),
      }, cache);
      if (code.workflowTypes.length === 0) {
        await code.close();
        throw new WorkerOptionsError(`Worker.create: ${options.workflowsPath} exports no workflow functions`);
      }
    }
    const address = options.address ?? DEFAULT_ADDRESS;
    const probe = makeClient(workerServiceDefinition, address);
    try {
      await waitForReady(probe, address, connectTimeoutMs);
    } catch (err) {
      await code?.close();
      throw err;
    } finally {
      probe.close();
    }
    return new Worker({ ...options, logger }, code, shutdown);
  }

  /** Serves tasks until shutdown() completes. */
  run(): Promise<void> {
    if (this.state !== 'created') throw new Error(`Worker.run: the worker is ${this.state}; a worker runs once`);
    this.state = 'running';
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.done = { promise, resolve };
    this.connection.start();
    return promise;
  }

  /**
   * Stops taking tasks, lets the tasks it holds finish (activities for up to shutdownGraceTime, then they are
   * cancelled through their AbortSignal), reports them, and closes the connection.
   */
  async shutdown(): Promise<void> {
    if (this.state === 'created') {
      this.state = 'stopped';
      this.connection.close();
      await this.code?.close();
      return;
    }
    if (this.state !== 'running') return this.done?.promise;
    this.state = 'draining';
    await Promise.race([this.connection.complete({ drain: {} }), delay(5_000)]);
    const grace = durationMs(this.options.shutdownGraceTime ?? '10s', 'shutdownGraceTime');
    const idle = this.whenIdle();
    if (await Promise.race([idle.then(() => true), delay(grace).then(() => false)]) === false) {
      this.logger.warn({ running: this.inflight.activity }, 'shutdown grace time is over; cancelling running activities');
      this.shutdownController.abort();
      await idle;
    }
    for (let i = 0; i < 100 && this.connection.pendingAcks > 0; i++) await delay(50);
    this.connection.close();
    await this.code?.close();
    this.state = 'stopped';
    this.done?.resolve();
  }

  private whenIdle(): Promise<void> {
    if (this.inflight.workflow + this.inflight.activity === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** The slot a completion frees, sent with it (WorkerMessage.release): none once the worker drains. */
  private release(kind: 'workflow' | 'activity'): v1.ISlotGrant | undefined {
    if (this.state !== 'running') return undefined;
    return kind === 'workflow' ? { workflowSlots: 1 } : { activitySlots: 1 };
  }

  /** A task is done; its slot goes back to the runtime, unless its completion took it back already (`released`). */
  private finished(kind: 'workflow' | 'activity', released = false): void {
    this.inflight[kind]--;
    if (this.state === 'running' && !released) this.connection.grant(kind === 'workflow' ? 1 : 0, kind === 'activity' ? 1 : 0);
    if (this.inflight.workflow + this.inflight.activity === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** The task's history, its later pages read from the server when it came in pages. */
  private async historyOf(task: { execution?: v1.IWorkflowExecution | null; history: v1.IHistoryEvent[]; nextPageToken: Uint8Array },
    lastEventId: number): Promise<v1.IHistoryEvent[]> {
    if (task.nextPageToken.length === 0) return task.history;
    return task.history.concat(await this.connection.readHistory(task.execution ?? {}, task.nextPageToken, lastEventId));
  }

  /**
   * Runs a workflow task on the workflow thread. A sticky task (only the new events) that finds its run no
   * longer cached reads the events before its own and runs again with the whole history. Its own events are read
   * from the task, not the server: they may not be saved yet (an activity's completion that the runtime holds to
   * save with this task's completion).
   */
  private async runWorkflowTask(code: WorkflowRunner, task: v1.WorkflowTask, input: WorkflowTaskInput): Promise<{ outcome: WorkflowTaskOutcome; cached: boolean }> {
    const startedId = Number(task.startedEventId) || Number(input.history[input.history.length - 1]?.eventId ?? 0);
    const history = await this.historyOf(task, startedId);
    let executed = await code.execute({ ...input, history });
    this.metricsOf.replayed(this.options.taskQueue, history.length);
    if (executed === 'miss') {
      const first = Number(history[0]?.eventId ?? 1);
      const earlier = first > 1 ? await this.connection.readHistory(task.execution ?? {}, new Uint8Array(), first - 1) : [];
      const full = earlier.concat(history);
      executed = await code.execute({ ...input, history: full });
      this.metricsOf.replayed(this.options.taskQueue, full.length);
      this.metricsOf.cache('miss');
    } else if (Number(history[0]?.eventId ?? 1) > 1) {
      this.metricsOf.cache('hit');
    }
    if (executed === 'miss') throw new Error('the workflow thread asked for the whole history twice');
    return executed;
  }

  private async handleWorkflowTask(task: v1.WorkflowTask): Promise<void> {
    this.inflight.workflow++;
    const done = this.metricsOf.task('workflow', this.options.taskQueue);
    let ok = false;
    let released = false;
    try {
      await new Promise((r) => setImmediate(r)); // let the stream deliver what else arrived first
      const workflowId = task.execution?.workflowId ?? '';
      const runId = task.execution?.runId ?? '';
      const replayStart = performance.now();
      const { outcome, cached } = this.code
        ? await this.runWorkflowTask(this.code, task, { workflowId, runId, workflowType: task.workflowType, history: task.history,
          attempt: task.attempt, continueAsNewSuggested: task.continueAsNewSuggested })
        : { outcome: { ok: false as const, cause: 'UnknownWorkflowType' as const, failure: { message: 'this worker has no workflowsPath' } }, cached: false };
      this.metricsOf.replayTime(this.options.taskQueue, (performance.now() - replayStart) / 1000);
      let ack: v1.IAck;
      const release = this.release('workflow');
      released = !!release;
      if (outcome.ok) {
        ack = await this.connection.complete({ completeWorkflowTask: { taskToken: task.taskToken, commands: outcome.commands,
          identity: this.identity, sticky: cached }, release });
      } else {
        this.logger.warn({ workflowId, runId, workflowType: task.workflowType, cause: outcome.cause, error: outcome.failure.message },
          'workflow task failed');
        ack = await this.connection.complete({ failWorkflowTask: { taskToken: task.taskToken, cause: outcome.cause,
          failure: failureToProto(outcome.failure), identity: this.identity }, release });
      }
      if (ack.code) {
        this.logger.warn({ workflowId, runId, code: ack.code, message: ack.message }, 'workflow task completion rejected');
        // What the cached run decided was not recorded: its next task must replay from history.
        if (cached) this.code?.evict(runId);
      }
      ok = outcome.ok && !ack.code;
    } catch (err) {
      this.logger.error({ err: (err as Error).stack }, 'workflow task handling failed');
    } finally {
      done(ok ? 'ok' : 'failed');
      this.finished('workflow', released);
    }
  }

  /** How many runs the sticky cache holds, and the workflow thread's heap in bytes (for tests and benchmarks). */
  async cacheStats(): Promise<{ runs: number; heapUsed: number }> {
    return this.code ? this.code.cacheStats() : { runs: 0, heapUsed: 0 };
  }

  /** Replays the run and answers a query (or validates an update); uses no slot and writes nothing. */
  private async handleQueryTask(task: v1.QueryTask): Promise<void> {
    const queryId = task.queryId;
    const fail = (failure: FailureData) => this.connection.answerQuery({ queryId, failure: failureToProto(failure) });
    try {
      if (!this.code) return fail({ message: 'this worker has no workflowsPath' });
      const history = await this.historyOf(task, Number(task.lastEventId));
      const executed = await this.code.execute({
        workflowId: task.execution?.workflowId ?? '', runId: task.execution?.runId ?? '', workflowType: task.workflowType,
        history, attempt: 1,
      }, { kind: task.kind === v1.QueryKind.QUERY_KIND_VALIDATE_UPDATE ? 'validateUpdate' : 'query', name: task.name,
        args: (task.args?.payloads ?? []).map(payloadToJson) });
      if (executed === 'miss') return fail({ message: 'the query could not be replayed' });
      const { outcome } = executed;
      if (!outcome.ok) return fail(outcome.failure);
      const answer = outcome.queryResult;
      if (!answer) return fail({ message: 'the workflow gave no answer' });
      if (!answer.ok) return fail(answer.failure);
      this.connection.answerQuery({ queryId, answer: { payloads: [jsonToPayload(answer.result)] } });
    } catch (err) {
      fail({ message: `answering the query failed: ${(err as Error).message}` });
    }
  }

  private async handleActivityTask(task: v1.ActivityTask): Promise<void> {
    this.inflight.activity++;
    const done = this.metricsOf.task('activity', task.taskQueue || this.options.taskQueue);
    let ok = false;
    let released = false;
    try {
      const outcome = await executeActivity(this.options.activities ?? {}, task, {
        shutdownSignal: this.shutdownController.signal,
        sendHeartbeat: (details) => this.connection.complete({ heartbeat: { taskToken: task.taskToken, details, identity: this.identity } }),
      });
      if (outcome.ok === 'async') {
        ok = true;
        return;
      }
      const release = this.release('activity');
      released = !!release;
      const ack = outcome.ok
        ? await this.connection.complete({ completeActivityTask: { taskToken: task.taskToken, result: outcome.result, identity: this.identity }, release })
        : await this.connection.complete({ failActivityTask: { taskToken: task.taskToken, failure: outcome.failure, identity: this.identity }, release });
      if (ack.code) {
        this.logger.warn({ activityType: task.activityType, workflowId: task.execution?.workflowId, code: ack.code, message: ack.message },
          'activity completion rejected');
      }
      ok = outcome.ok && !ack.code;
    } catch (err) {
      this.logger.error({ err: (err as Error).stack }, 'activity task handling failed');
    } finally {
      done(ok ? 'ok' : 'failed');
      this.finished('activity', released);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

/**
 * console.* inside a workflow, when it runs for real (replay is silent): one structured line tagged with the run.
 * console.log and console.info are info, console.debug is debug.
 */
function workflowLog(logger: Logger, run: WorkflowLogTags, level: string, text: string): void {
  const tags = { workflowId: run.workflowId, runId: run.runId, workflowType: run.workflowType, source: 'workflow' };
  switch (level) {
    case 'error': logger.error(tags, text); break;
    case 'warn': logger.warn(tags, text); break;
    case 'debug': logger.debug(tags, text); break;
    default: logger.info(tags, text);
  }
}
