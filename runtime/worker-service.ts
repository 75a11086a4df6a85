import { status, type ServerDuplexStream, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { v1 } from '../proto/index.js';
import { toServiceError, isDatabaseUnavailable, invalidArgument } from './errors.js';
import { callSignal, unary } from './grpc-util.js';
import { DEFAULT_NAMESPACE, STICKY_QUEUE_PREFIX, type EagerWorkflowTask, type HistoryEngine } from './history-engine.js';
import type { Logger } from './logger.js';
import type { Matching, TaskKindName } from './matching.js';
import type { EagerSlot, LocalWorkers } from './local-workers.js';

const MAX_POLL_MS = 60_000;
/** The most claims a worker's stream runs at once on one queue. */
const CLAIMS_IN_PARALLEL = 4;

/**
 * How many claims to run at once on a queue after `streak` rounds in a row where every claim found a task: one,
 * one, two, then CLAIMS_IN_PARALLEL. A wake-up usually announces one task, and each claim that finds the queue
 * empty costs a transaction (BEGIN, the claim, COMMIT); a backlog shows itself by rounds that all find tasks.
 */
function claimWidth(streak: number): number {
  return streak < 2 ? 1 : Math.min(CLAIMS_IN_PARALLEL, 2 ** (streak - 1));
}

function requireQueue(req: { taskQueue?: string | null }, field = 'task_queue'): string {
  if (!req.taskQueue) throw invalidArgument(field, 'is required');
  if (req.taskQueue.startsWith(STICKY_QUEUE_PREFIX)) throw invalidArgument(field, `must not begin with '${STICKY_QUEUE_PREFIX}' (reserved)`);
  return req.taskQueue;
}

/** Why the dispatch loop stops the waits it no longer needs. */
const WAIT_OVER = 'wait over';

/** Where a session claims from: its sticky queue (workflow tasks of the runs its worker keeps), then the task queue. */
type Source = 'sticky' | TaskKindName;

/** The worker service: the Connect stream (what the SDK's Worker uses) and the unary polls and completions. */
export function workerService(engine: HistoryEngine, matching: Matching, workers: LocalWorkers, logger: Logger): UntypedServiceImplementation {
  const pollWait = (req: v1.PollTaskRequest) => Math.min(MAX_POLL_MS, Number(req.waitMs) || 30_000);
  return {
    connect: (call: ServerDuplexStream<v1.WorkerMessage, v1.ServerMessage>) => new WorkerSession(call, engine, matching, workers, logger),
    pollWorkflowTask: unary(logger, 'PollWorkflowTask', async (req: v1.PollTaskRequest, call) =>
      (await matching.poll('workflow', req.namespace || DEFAULT_NAMESPACE, requireQueue(req), req.identity, pollWait(req),
        callSignal(call))) ?? {}),
    pollActivityTask: unary(logger, 'PollActivityTask', async (req: v1.PollTaskRequest, call) =>
      (await matching.poll('activity', req.namespace || DEFAULT_NAMESPACE, requireQueue(req), req.identity, pollWait(req),
        callSignal(call))) ?? {}),
    completeWorkflowTask: unary(logger, 'CompleteWorkflowTask', async (req: v1.CompleteWorkflowTaskRequest) => {
      await engine.completeWorkflowTask(req);
      return {};
    }),
    failWorkflowTask: unary(logger, 'FailWorkflowTask', async (req: v1.FailWorkflowTaskRequest) => {
      await engine.failWorkflowTask(req);
      return {};
    }),
    completeActivityTask: unary(logger, 'CompleteActivityTask', async (req: v1.CompleteActivityTaskRequest) => {
      await engine.completeActivityTask(req);
      return {};
    }),
    failActivityTask: unary(logger, 'FailActivityTask', async (req: v1.FailActivityTaskRequest) => {
      await engine.failActivityTask(req);
      return {};
    }),
    recordActivityTaskHeartbeat: unary(logger, 'RecordActivityTaskHeartbeat', (req: v1.RecordActivityTaskHeartbeatRequest) =>
      engine.recordActivityHeartbeat(req)),
  };
}

/**
 * One worker's stream. The worker says hello (namespace, task queue), grants slots, and the session pushes as
 * many tasks as the slots allow, claiming them from the queues; completions come back on the same stream and
 * each gets an Ack with its ref. Each session has a sticky queue: a completion that says the worker keeps the
 * run cached has the run's next workflow task queued there, and the session claims from it first. Messages ready
 * in the same tick go as one batch both ways, when both sides take batches (the hello and its ack say so).
 */
class WorkerSession {
  private namespace = DEFAULT_NAMESPACE;
  private taskQueue = '';
  private stickyQueue?: string;
  private identity = '';
  private slots = { workflow: 0, activity: 0 };
  /** Slots freed by completions not yet acknowledged, by ref (WorkerMessage.release). */
  private readonly releases = new Map<number, v1.ISlotGrant>();
  private closed = false;
  private draining = false;
  private claiming: Promise<unknown> = Promise.resolve();
  /** Completions and starts holding slots lent for eager dispatch: a drain is acknowledged once they have sent. */
  private readonly lending = new Set<Promise<unknown>>();
  private wake?: () => void;
  private unregister?: () => void;
  /** The worker said in its hello that it takes batches (ServerMessage.batch). */
  private acceptsBatches = false;
  /** What send() gathered in this tick, written by flush(). */
  private outbox: v1.IServerMessage[] = [];
  private readonly batchesOut: { observe(size: number): void };
  private readonly batchesIn: { observe(size: number): void };

  constructor(private readonly call: ServerDuplexStream<v1.WorkerMessage, v1.ServerMessage>,
    private readonly engine: HistoryEngine, private readonly matching: Matching, private readonly workers: LocalWorkers,
    private readonly logger: Logger) {
    this.batchesOut = engine.metrics.streamBatch.labels('to_worker');
    this.batchesIn = engine.metrics.streamBatch.labels('from_worker');
    call.on('data', (msg: v1.WorkerMessage) => {
      this.batchesIn.observe(msg.batch ? msg.batch.messages?.length ?? 0 : 1);
      this.onMessage(msg);
    });
    call.on('end', () => this.close());
    call.on('cancelled', () => this.close());
    call.on('error', () => this.close());
  }

  private close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.wake?.();
    this.unregister?.();
    if (this.stickyQueue) {
      const sticky = this.stickyQueue;
      void this.claiming.then(() => this.engine.closeStickyQueue(this.namespace, sticky)).catch((err: Error) =>
        this.logger.warn({ err: err.message, stickyQueue: sticky }, 'returning sticky tasks to their task queues failed; their timers will'));
    }
    if (this.taskQueue) {
      this.engine.metrics.workersConnected.dec({ task_queue: this.taskQueue });
      this.logger.debug({ taskQueue: this.taskQueue, identity: this.identity }, 'worker disconnected');
    }
    try {
      this.call.end();
    } catch { /* already gone */ }
  }

  private send(msg: v1.IServerMessage): void {
    if (this.closed) return;
    if (this.outbox.push(msg) === 1) process.nextTick(() => this.flush());
  }

  /**
   * Writes what send() gathered while this tick's work ran (after its promise jobs): one message as itself,
   * several as one batch to a worker that takes them. A completion's ack goes with the tasks it brought, and the
   * answers to the saves of one group commit go together, each batch costing the stream one message instead of
   * one per message in it.
   */
  private flush(): void {
    const out = this.outbox;
    if (out.length === 0 || this.closed) return;
    this.outbox = [];
    if (out.length === 1 || !this.acceptsBatches) {
      for (const m of out) {
        this.batchesOut.observe(1);
        this.call.write(m as v1.ServerMessage);
      }
    } else {
      this.batchesOut.observe(out.length);
      this.call.write({ batch: { messages: out } } as v1.ServerMessage);
    }
  }

  private onMessage(msg: v1.WorkerMessage): void {
    if (msg.batch) {
      for (const m of msg.batch.messages ?? []) {
        if (m.batch) this.ack(Number(m.ref), invalidArgument('batch.messages', 'must not hold a batch'));
        else this.onMessage(m as v1.WorkerMessage);
      }
      return;
    }
    const ref = msg.ref;
    // A completion that frees its task's slot: added when its ack goes (see ack).
    const completes = msg.completeWorkflowTask ?? msg.failWorkflowTask ?? msg.completeActivityTask ?? msg.failActivityTask;
    if (msg.release && completes) this.releases.set(ref, msg.release);
    if (msg.hello) {
      if (this.taskQueue) return this.ack(ref, invalidArgument('hello', 'was already sent on this stream'));
      try {
        this.taskQueue = requireQueue(msg.hello, 'hello.task_queue');
      } catch (err) {
        return this.ack(ref, err);
      }
      this.engine.metrics.workersConnected.inc({ task_queue: this.taskQueue }); // less one when the stream closes
      this.namespace = msg.hello.namespace || DEFAULT_NAMESPACE;
      this.identity = msg.hello.identity ?? '';
      this.acceptsBatches = msg.hello.acceptsBatches === true;
      this.stickyQueue = this.engine.openStickyQueue();
      const rate = msg.hello.maxTaskQueueActivitiesPerSecond ?? 0;
      if (!(rate >= 0) || !Number.isFinite(rate)) {
        return this.ack(ref, invalidArgument('hello.max_task_queue_activities_per_second', 'must be a finite number, 0 or more'));
      }
      const workflowTypes = msg.hello.workflowTypes ?? [];
      if (workflowTypes.length > 0) {
        this.unregister = this.workers.register(this.namespace, this.taskQueue, {
          workflowTypes,
          sendQuery: (task) => this.send({ queryTask: task }),
          reserveWorkflowSlot: (wait) => this.reserveWorkflowSlot(wait),
        });
      }
      this.logger.debug({ taskQueue: this.taskQueue, identity: this.identity }, 'worker connected');
      // The limit is in place before this worker's first claim.
      const limited = rate > 0 ? this.matching.setActivityRateLimit(this.namespace, this.taskQueue, rate) : Promise.resolve();
      limited.then(() => {
        this.send({ ack: { ref, code: 0, acceptsBatches: true } });
        void this.dispatch();
      }, (err: unknown) => {
        // The worker reconnects (with backoff) and says hello again.
        this.logger.warn({ err: (err as Error).message, taskQueue: this.taskQueue }, 'setting the activity rate limit failed');
        this.ack(ref, err);
        this.close();
      });
      return;
    }
    if (msg.drain) {
      this.draining = true;
      this.slots = { workflow: 0, activity: 0 };
      this.wake?.();
      // Activity completions held for the tasks they sent are saved now rather than with those tasks' answers.
      if (this.stickyQueue) this.engine.letGoHeld(this.stickyQueue);
      // Ack only after a claim in progress has pushed its task, so the worker knows nothing more is coming.
      void Promise.allSettled([this.claiming, ...this.lending]).then(() => this.ack(ref));
      return;
    }
    if (msg.grant) {
      this.addSlots(msg.grant);
      return;
    }
    if (msg.queryResult) {
      this.workers.answer(msg.queryResult);
      return;
    }
    if (msg.heartbeat) {
      this.engine.recordActivityHeartbeat(msg.heartbeat).then(
        (res) => this.send({ ack: { ref, code: 0, cancelRequested: !!res.cancelRequested } }), (err) => this.ack(ref, err));
      return;
    }
    if (msg.completeWorkflowTask) {
      void this.completeWorkflowTask(ref, msg.completeWorkflowTask);
      return;
    }
    if (msg.completeActivityTask) {
      const req = msg.completeActivityTask;
      void this.endAttempt(ref, (eager) => this.engine.completeActivityTask(req, eager));
      return;
    }
    if (msg.failActivityTask) {
      const req = msg.failActivityTask;
      void this.endAttempt(ref, (eager) => this.engine.failActivityTask(req, eager));
      return;
    }
    const work = msg.failWorkflowTask ? this.engine.failWorkflowTask(msg.failWorkflowTask)
      : Promise.reject(invalidArgument('message', 'is empty'));
    work.then(() => this.ack(ref), (err) => this.ack(ref, err));
  }

  /**
   * An activity's result, or an attempt's failure (`report`). When the worker has a workflow slot free and keeps
   * the run (the run is sticky to this stream), the run's next workflow task, if the outcome calls for one, starts
   * with it and comes back before the ack, without being queued and claimed; the outcome is then saved with that
   * task's completion, and acknowledged after.
   */
  private async endAttempt(ref: number, report: (eager: EagerWorkflowTask | undefined) => Promise<void>): Promise<void> {
    const reserved = this.slots.workflow > 0 && !this.draining && !this.closed && this.stickyQueue !== undefined;
    if (reserved) this.slots.workflow--;
    let sent = false;
    const send = (task: v1.IWorkflowTask) => {
      this.send({ workflowTask: task });
      sent = true;
    };
    try {
      await this.lend(reserved, report(reserved ? { stickyQueue: this.stickyQueue!, identity: this.identity, send } : undefined));
      this.ack(ref);
    } catch (err) {
      this.ack(ref, err);
    } finally {
      if (reserved && !sent) this.giveBack('workflow', 1);
    }
  }

  /**
   * A workflow task completion. Activities it schedules on this worker's task queue start at once and come back
   * on the stream with the ack (eager dispatch), as many as the worker has free activity slots for (reserved
   * for the time of the completion); a rate-limited queue hands out each activity through its token bucket.
   */
  private async completeWorkflowTask(ref: number, req: v1.ICompleteWorkflowTaskRequest): Promise<void> {
    const ours = (req.commands ?? []).filter((c) => c.scheduleActivityTask &&
      (!c.scheduleActivityTask.taskQueue || c.scheduleActivityTask.taskQueue === this.taskQueue)).length;
    let reserved = 0;
    try {
      if (ours > 0 && this.slots.activity > 0 && !this.draining && !this.closed && !await this.matching.activityLimited(this.namespace, this.taskQueue)) {
        reserved = Math.min(ours, this.slots.activity);
        this.slots.activity -= reserved;
      }
      const eager = await this.lend(reserved > 0, this.engine.completeWorkflowTask(req, this.stickyQueue,
        reserved > 0 ? { taskQueue: this.taskQueue, identity: this.identity, slots: reserved } : undefined));
      for (const task of eager) this.send({ activityTask: task });
      this.giveBack('activity', reserved - eager.length);
      reserved = 0;
      this.ack(ref);
    } catch (err) {
      this.giveBack('activity', reserved);
      this.ack(ref, err);
    }
    this.wake?.();
  }

  /**
   * Keeps `work` (which holds lent slots, when `lent`) in `lending` until it settles. Whoever awaits it sends its
   * tasks before a drain that comes meanwhile is acknowledged (that ack waits on `work` too, and later).
   */
  private lend<T>(lent: boolean, work: Promise<T>): Promise<T> {
    if (!lent) return work;
    this.lending.add(work);
    work.then(() => this.lending.delete(work), () => this.lending.delete(work));
    return work;
  }

  /** Returns reserved slots that were not used (none once the worker drains: it has taken its slots back). */
  private giveBack(kind: 'workflow' | 'activity', n: number): void {
    if (n <= 0 || this.draining) return;
    this.slots[kind] += n;
    this.wake?.();
  }

  /**
   * Lends one of the worker's free workflow slots to an eager start: the start sends the run's first workflow
   * task through it, or gives it back. Claims in flight hold slots until they find their queue empty: with none
   * free, this waits for them when asked to (`wait`).
   */
  private async reserveWorkflowSlot(wait: boolean): Promise<EagerSlot | undefined> {
    if (this.slots.workflow <= 0) {
      if (!wait) return undefined;
      await this.claiming;
    }
    if (this.closed || this.draining || this.slots.workflow <= 0) return undefined;
    this.slots.workflow--;
    let settled = false;
    let done!: () => void;
    void this.lend(true, new Promise<void>((r) => (done = r)));
    return {
      identity: this.identity,
      send: (task) => {
        if (settled) return;
        settled = true;
        this.send({ workflowTask: task });
        done();
      },
      release: () => {
        if (settled) return;
        settled = true;
        this.giveBack('workflow', 1);
        done();
      },
    };
  }

  private ack(ref: number, err?: unknown): void {
    if (!err) this.send({ ack: { ref, code: 0 } });
    else {
      const e = toServiceError(err);
      if (e.code === status.INTERNAL) this.logger.error({ err: (err as Error)?.stack }, 'completion failed');
      this.send({ ack: { ref, code: e.code, message: e.message } });
    }
    const release = this.releases.get(ref);
    if (release) {
      this.releases.delete(ref);
      this.addSlots(release);
    }
  }

  /** Slots the worker granted (or freed with a completion); none while it drains (it has taken its slots back). */
  private addSlots(grant: v1.ISlotGrant): void {
    if (this.draining) return;
    this.slots.workflow += Math.max(0, grant.workflowSlots ?? 0);
    this.slots.activity += Math.max(0, grant.activitySlots ?? 0);
    this.wake?.();
  }

  private queueOf(source: Source): string {
    return source === 'sticky' ? this.stickyQueue! : this.taskQueue;
  }

  private kindOf(source: Source): TaskKindName {
    return source === 'sticky' ? 'workflow' : source;
  }

  /** Claims one task of `source` into a slot taken for the time of the claim; false when the queue had none. */
  private async claim(source: Source): Promise<boolean> {
    const kind = this.kindOf(source);
    if (this.slots[kind] <= 0 || this.closed) return false;
    this.slots[kind]--;
    let task: v1.IWorkflowTask | v1.IActivityTask | undefined;
    try {
      task = await this.matching.tryClaim(kind as 'workflow', this.namespace, this.queueOf(source), this.identity);
    } finally {
      if (!task && !this.draining) this.slots[kind]++; // a drain took the slots back meanwhile
    }
    if (!task) return false;
    this.send(kind === 'workflow' ? { workflowTask: task } : { activityTask: task as v1.IActivityTask });
    return true;
  }

  /**
   * Claims while there are slots and work. A queue found empty is not asked again until its notification
   * version moves (a task was written since) or the periodic recheck comes round. Claims run several at once
   * only while a queue keeps yielding a task to every claim (claimWidth). After a round that took the task a
   * wake-up announced, with no wake-up since, the queue is most likely empty, and so is a queue the recheck looks
   * at again: one statement asks first (queueHasTask) rather than a claim's transaction finding nothing.
   */
  private async dispatch(): Promise<void> {
    const sources: Source[] = ['sticky', 'workflow', 'activity'];
    const emptyAt: Record<Source, number> = { sticky: -1, workflow: -1, activity: -1 };
    /** The version at which a round (not yet a backlog) found tasks: at the same version, ask before claiming. */
    const foundAt: Record<Source, number> = { sticky: -1, workflow: -1, activity: -1 };
    const streak: Record<Source, number> = { sticky: 0, workflow: 0, activity: 0 };
    let failures = 0;
    while (!this.closed) {
      const ns = this.namespace;
      let progress = false;
      let limitedFor = 0;
      try {
        for (const source of sources) {
          const kind = this.kindOf(source);
          const version = this.matching.version(kind, ns, this.queueOf(source));
          if (this.slots[kind] <= 0 || version === emptyAt[source]) continue;
          if (version === foundAt[source]) {
            foundAt[source] = -1;
            if (!await this.matching.hasWork(kind, ns, this.queueOf(source))) {
              emptyAt[source] = version;
              streak[source] = 0;
              continue;
            }
          }
          if (source === 'activity') {
            // Rate limited: look again when the limit allows, without marking the queue empty.
            limitedFor = await this.matching.activityDelay(ns, this.taskQueue);
            if (limitedFor > 0) continue;
          }
          // Several claims at once on a backlog (each is a few round trips, and one at a time would bound a session
          // to a few hundred tasks a second), one at a time otherwise.
          const width = Math.min(this.slots[kind], claimWidth(streak[source]));
          const claims = Array.from({ length: width }, () => this.claim(source));
          const settled = Promise.allSettled(claims);
          this.claiming = settled;
          const results = await settled;
          const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
          if (failed) throw failed.reason;
          const found = results.filter((r) => r.status === 'fulfilled' && r.value).length;
          streak[source] = found === width ? streak[source] + 1 : 0;
          if (found > 0) progress = true;
          else emptyAt[source] = version;
          foundAt[source] = found > 0 && streak[source] <= 1 ? version : -1;
        }
        failures = 0;
      } catch (err) {
        failures++;
        this.logger[isDatabaseUnavailable(err) ? 'warn' : 'error']({ err: (err as Error).message }, 'claiming tasks failed');
        await new Promise((r) => setTimeout(r, Math.min(5_000, 100 * 2 ** failures)));
        continue;
      }
      if (progress) continue;
      const ac = new AbortController();
      let recheck = false;
      const waits: Promise<void>[] = [new Promise<void>((r) => (this.wake = r))];
      for (const source of sources) {
        const kind = this.kindOf(source);
        if (source === 'activity' && limitedFor > 0) continue; // the timer below wakes it
        if (this.slots[kind] > 0) {
          // Longer than the recheck below, which must be what ends a wait that nothing woke.
          waits.push(this.matching.waitForWork(kind, ns, this.queueOf(source), emptyAt[source], 60_000, ac.signal));
        }
      }
      const timer = setTimeout(() => { recheck = true; this.wake?.(); }, limitedFor > 0 ? Math.min(limitedFor, 5_000) : 5_000);
      await Promise.race(waits);
      clearTimeout(timer);
      ac.abort(WAIT_OVER); // with a reason: abort() alone builds a DOMException, stack and all, every round
      this.wake = undefined;
      if (recheck) {
        // A look at the queues found empty, in case a wake-up was lost: one statement each (as after a claim).
        for (const source of sources) {
          if (emptyAt[source] === -1) continue;
          foundAt[source] = emptyAt[source];
          emptyAt[source] = -1;
        }
      }
    }
  }
}
