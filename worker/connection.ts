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
    let opened = false;
    stream.on('data', (msg: v1.ServerMessage) => {
      if (!opened) {
        opened = true;
        this.retries = 0;
        this.handlers.onStateChange?.(true);
      }
      if (msg.workflowTask) this.handlers.onWorkflowTask(msg.workflowTask as v1.WorkflowTask);
      else if (msg.activityTask) this.handlers.onActivityTask(msg.activityTask as v1.ActivityTask);
      else if (msg.queryTask) this.handlers.onQueryTask(msg.queryTask as v1.QueryTask);
      else if (msg.ack) {
        const u = this.unacked.get(Number(msg.ack.ref));
        if (u) {
          this.unacked.delete(Number(msg.ack.ref));
          u.resolve(msg.ack);
        }
      }
    });
    const broken = (err?: Error) => {
      if (this.stream !== stream) return;
      this.stream = undefined;
      if (this.closing) return;
      this.handlers.onStateChange?.(false, err);
      const delay = Math.min(5_000, 100 * 2 ** this.retries++);
      this.reconnectTimer = setTimeout(() => this.start(), delay);
    };
    stream.on('error', (err: Error) => broken(err));
    stream.on('end', () => broken());
    this.write({ ref: 0, hello: this.hello });
    const free = this.handlers.freeSlots();
    this.grant(free.workflow, free.activity);
    for (const u of this.unacked.values()) this.write(u.message);
  }

  private write(message: v1.IWorkerMessage): void {
    try {
      this.stream?.write(message as v1.WorkerMessage);
    } catch { /* the stream broke; the message is resent after reconnecting */ }
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
    this.stream?.end();
    this.stream = undefined;
    for (const u of this.unacked.values()) u.resolve({ code: 1, message: 'worker shut down before the runtime acknowledged' });
    this.unacked.clear();
    this.client.close();
    this.history.close();
  }
}
