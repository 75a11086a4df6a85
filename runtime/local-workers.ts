import { status } from '@grpc/grpc-js';
import { newId } from '../sdk/internal/ids.js';
import type { v1 } from '../proto/index.js';
import { ServiceError } from './errors.js';

/** A workflow slot of a connected worker, lent for one eager start: the task is sent, or the slot given back. */
export interface EagerSlot {
  /** The worker's identity, recorded in the task's WorkflowTaskStarted. */
  identity: string;
  send(task: v1.IWorkflowTask): void;
  release(): void;
}

/** A worker connected to this runtime instance that runs workflows: the types it runs and how to reach it. */
export interface LocalWorker {
  workflowTypes: readonly string[];
  sendQuery(task: v1.IQueryTask): void;
  /**
   * Takes one of the workflow slots the worker granted, when it has one free; with `wait`, after the claims in
   * flight (which hold slots until they find their queue empty) when none is free now.
   */
  reserveWorkflowSlot(wait: boolean): Promise<EagerSlot | undefined>;
}

interface Waiting {
  target: LocalWorker;
  resolve(result: v1.IQueryResult): void;
  reject(err: Error): void;
}

/**
 * The workers connected to this runtime instance, by task queue. Queries and update validations go to one that
 * runs the workflow's type (round robin), and the answer back to the caller. Nothing is stored: a worker that
 * goes away fails the queries it holds with UNAVAILABLE, and the caller may ask again. An eager start borrows a
 * free workflow slot of one of them (reserveWorkflowSlot).
 */
export class LocalWorkers {
  private readonly targets = new Map<string, LocalWorker[]>();
  private readonly waiting = new Map<string, Waiting>();
  private turn = 0;

  /** Adds a worker; the returned function removes it (and fails what it still holds). */
  register(namespace: string, taskQueue: string, target: LocalWorker): () => void {
    const key = `${namespace}\u0000${taskQueue}`;
    this.targets.set(key, [...(this.targets.get(key) ?? []), target]);
    return () => {
      const left = (this.targets.get(key) ?? []).filter((t) => t !== target);
      if (left.length > 0) this.targets.set(key, left);
      else this.targets.delete(key);
      for (const [id, w] of this.waiting) {
        if (w.target !== target) continue;
        this.waiting.delete(id);
        w.reject(new ServiceError(status.UNAVAILABLE, 'the worker answering the query disconnected; ask again'));
      }
    };
  }

  async ask(namespace: string, taskQueue: string, task: Omit<v1.IQueryTask, 'queryId'>, timeoutMs: number,
    signal: AbortSignal): Promise<v1.IQueryResult> {
    const all = this.targets.get(`${namespace}\u0000${taskQueue}`) ?? [];
    const able = all.filter((t) => t.workflowTypes.includes(task.workflowType ?? ''));
    if (able.length === 0) {
      throw new ServiceError(status.FAILED_PRECONDITION, `no worker for workflow type '${task.workflowType}' is connected on ` +
        `task queue '${taskQueue}' to answer (${all.length} worker(s) on the queue); start one and ask again`);
    }
    const target = able[this.turn++ % able.length]!;
    const queryId = newId();
    return new Promise<v1.IQueryResult>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiting.delete(queryId);
      };
      const timer = setTimeout(() => {
        done();
        reject(new ServiceError(status.DEADLINE_EXCEEDED, `the worker did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const onAbort = () => {
        done();
        reject(new ServiceError(status.CANCELLED, 'the caller went away'));
      };
      signal.addEventListener('abort', onAbort);
      this.waiting.set(queryId, {
        target,
        resolve: (r) => { done(); resolve(r); },
        reject: (e) => { done(); reject(e); },
      });
      target.sendQuery({ ...task, queryId });
    });
  }

  /**
   * A free workflow slot of a worker on the task queue that runs `workflowType` (round robin among those with
   * one), for an eager start; undefined when none has one (see LocalWorker.reserveWorkflowSlot for `wait`).
   */
  async reserveWorkflowSlot(namespace: string, taskQueue: string, workflowType: string, wait: boolean): Promise<EagerSlot | undefined> {
    const able = (this.targets.get(`${namespace}\u0000${taskQueue}`) ?? []).filter((t) => t.workflowTypes.includes(workflowType));
    // The turn moves before the first await: starts that come together begin with different workers.
    const first = this.turn++;
    for (let i = 0; i < able.length; i++) {
      const slot = await able[(first + i) % able.length]!.reserveWorkflowSlot(wait);
      if (slot) return slot;
    }
    return undefined;
  }

  /** An answer from a worker; one for a query nobody waits for any more (timed out) is dropped. */
  answer(result: v1.IQueryResult): void {
    this.waiting.get(result.queryId ?? '')?.resolve(result);
  }
}
