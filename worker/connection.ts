import type { ClientDuplexStream } from '@grpc/grpc-js';
import { v1, workerServiceDefinition, workflowServiceDefinition } from '../proto/index.js';
import { call, makeClient } from '../sdk/internal/grpc.js';

export interface ConnectionHandlers {
  onWorkflowTask(task: v1.WorkflowTask): void;
  onActivityTask(task: v1.ActivityTask): void;
  onQueryTask(task: v1.QueryTask): void;
  /** Slots free right now, granted again on every (re)connect. */
  freeSlots(): { workflow: number; activity: number };
  onStateChange?(connected: boolean, error?: Error): void;
}

type Completion = Pick<v1.IWorkerMessage,
  'completeWorkflowTask' | 'failWorkflowTask' | 'completeActivityTask' | 'failActivityTask' | 'heartbeat' | 'drain' | 'release'>;

interface Unacked {
  message: v1.IWorkerMessage;
  resolve(ack: v1.IAck): void;
}

/**
 * The worker's one stream to the runtime. It says hello, grants slots, receives tasks and sends completions,
 * each acknowledged by ref. When the stream breaks it reconnects with backoff, grants its free slots again
 * and resends the completions that were not acknowledged (a duplicate is rejected by the runtime as stale).
 * Messages written in the same turn of the event loop go as one batch once the runtime's ack of the hello says
 * it takes batches; batches from the runtime are taken message by message.
 */
export class WorkerConnection {
  private readonly client;
  /** For history pages (WorkflowService.GetWorkflowHistory), on the same channel settings. */
  private readonly history;
  private stream?: ClientDuplexStream<v1.WorkerMessage, v1.ServerMessage>;
  private nextRef = 1;
  private readonly unacked = new Map<number, Unacked>();
  private closing = false;
  private retries = 0;
  private reconnectTimer?: NodeJS.Timeout;
  /** The runtime takes batches on the current stream (its ack of our hello said so). */
  private batches = false;
  /** What write() gathered in this turn for the current stream, sent by flush(). */
  private outbox: v1.IWorkerMessage[] = [];

  constructor(address: string, private readonly hello: v1.IWorkerHello, private readonly handlers: ConnectionHandlers) {
    this.client = makeClient(workerServiceDefinition, address);
    this.history = makeClient(workflowServiceDefinition, address);
  }

  /**
   * The events of a run from the page `token` names (empty: event 1) up to `lastEventId`, page by page (a long
   * history never travels as one message).
   */
  async readHistory(execution: v1.IWorkflowExecution, token: Uint8Array, lastEventId: number): Promise<v1.IHistoryEvent[]> {
    const events: v1.IHistoryEvent[] = [];
    for (;;) {
      const res = await call<v1.IGetWorkflowHistoryRequest, v1.GetWorkflowHistoryResponse>(this.history, 'getWorkflowHistory',
        { namespace: this.hello.namespace, execution, nextPageToken: token }, { deadlineMs: 60_000 });
      for (const e of res.events) {
        if (Number(e.eventId) > lastEventId) return events;
        events.push(e);
      }
      if (res.nextPageToken.length === 0 || Number(events[events.length - 1]?.eventId ?? 0) >= lastEventId) return events;
      token = res.nextPageToken;
    }
  }

  start(): void {
    const stream = (this.client as unknown as { connect(): ClientDuplexStream<v1.WorkerMessage, v1.ServerMessage> }).connect();
    this.stream = stream;
    this.batches = false;
    this.outbox = [];
    let opened = false;
    stream.on('data', (msg: v1.ServerMessage) => {
      if (!opened) {
        opened = true;
        this.retries = 0;
        this.handlers.onStateChange?.(true);
      }
      if (msg.batch) {
        for (const m of msg.batch.messages ?? []) if (!m.batch) this.receive(m as v1.ServerMessage);
      } else {
        this.receive(msg);
      }
    });
    const broken = (err?: Error) => {
      if (this.stream !== stream) return;
      this.stream = undefined;
      this.outbox = [];
      if (this.closing) return;
      this.handlers.onStateChange?.(false, err);
      const delay = Math.min(5_000, 100 * 2 ** this.retries++);
      this.reconnectTimer = setTimeout(() => this.start(), delay);
    };
    stream.on('error', (err: Error) => broken(err));
    stream.on('end', () => broken());
    this.write({ ref: 0, hello: { ...this.hello, acceptsBatches: true } });
    const free = this.handlers.freeSlots();
    this.grant(free.workflow, free.activity);
    for (const u of this.unacked.values()) this.write(u.message);
  }

  private receive(msg: v1.ServerMessage): void {
    if (msg.workflowTask) this.handlers.onWorkflowTask(msg.workflowTask as v1.WorkflowTask);
    else if (msg.activityTask) this.handlers.onActivityTask(msg.activityTask as v1.ActivityTask);
    else if (msg.queryTask) this.handlers.onQueryTask(msg.queryTask as v1.QueryTask);
    else if (msg.ack) {
      const ref = Number(msg.ack.ref);
      if (ref === 0 && msg.ack.acceptsBatches) this.batches = true; // the ack of our hello
      const u = this.unacked.get(ref);
      if (u) {
        this.unacked.delete(ref);
        u.resolve(msg.ack);
      }
    }
  }

  /** Queues `message` for the current stream; nothing when there is none (unacked completions are resent). */
  private write(message: v1.IWorkerMessage): void {
    if (!this.stream) return;
    // At the end of this turn of the event loop rather than of this tick: completions come one per callback (an
    // activity's promise, a message from the workflow thread), and the callbacks of one turn go together.
    if (this.outbox.push(message) === 1) setImmediate(() => this.flush());
  }

  /**
   * Sends what write() gathered in this turn: one message as itself, several as one batch when the runtime takes
   * them.
   */
  private flush(): void {
    const out = this.outbox;
    this.outbox = [];
    if (out.length === 0) return;
    try {
      if (out.length === 1 || !this.batches) for (const m of out) this.stream?.write(m as v1.WorkerMessage);
      else this.stream?.write({ batch: { messages: out } } as v1.WorkerMessage);
    } catch { /* the stream broke; unacknowledged completions are resent after reconnecting */ }
  }

  grant(workflow: number, activity: number): void {
    if (workflow > 0 || activity > 0) this.write({ grant: { workflowSlots: workflow, activitySlots: activity } });
  }

  /**
   * Sends a completion (or a heartbeat, or a drain) and resolves with the runtime's ack (resent across
   * reconnects until acknowledged).
   */
  complete(completion: Completion): Promise<v1.IAck> {
    const ref = this.nextRef++;
    const message: v1.IWorkerMessage = { ref, ...completion };
    return new Promise((resolve) => {
      this.unacked.set(ref, { message, resolve });
      this.write(message);
    });
  }

  /** Answers a query task (no ack: the runtime is waiting for it, and a lost answer times the query out). */
  answerQuery(result: v1.IQueryResult): void {
    this.write({ ref: 0, queryResult: result });
  }

  get pendingAcks(): number {
    return this.unacked.size;
  }

  close(): void {
    this.closing = true;
    clearTimeout(this.reconnectTimer);
    this.flush();
    this.stream?.end();
    this.stream = undefined;
    for (const u of this.unacked.values()) u.resolve({ code: 1, message: 'worker shut down before the runtime acknowledged' });
    this.unacked.clear();
    this.client.close();
    this.history.close();
  }
}
