/**
 * Activity completions held back for the workflow task they start.
 *
 * An activity's result on a worker's stream (or the failure that closes it) usually starts the run's next workflow
 * task at once, for the same worker (an eager workflow task, see HistoryEngine.completeActivityTask). Saved on its own, that transition is one
 * statement and one commit, and the worker's answer to the task a few milliseconds later is another. Instead the
 * engine keeps the transition in memory, sends the task, and saves both with the task's completion: one statement,
 * one commit, and the task's timeout timer is never written only to be deleted.
 *
 * The activity's ack waits for that save, so a worker sees its result acknowledged only once it is durable, as
 * before; a runtime that dies meanwhile never acknowledged it, and the worker resends it to the next one. Whatever
 * else comes for the run lets the completion go alone first, as it would have been saved without the hold: another
 * write to the run from this instance (a signal, another activity's result, the task's failure), the stream
 * closing or draining, the hold's time running out, or the task's completion failing to merge (a lost version race
 * to another instance, a bad command). If that save loses a race too, the completion runs again from the database
 * without the eager task (whose completion then finds no task: the worker replays from the history).
 */
import { afterCommit, type Tx } from './database.js';
import type { RunState } from './run-state.js';

/** How a held completion was saved: with its task's completion, or alone. */
export type HeldOutcome = 'merged' | 'alone';

export class HeldCompletion {
  private state: 'held' | 'merging' | 'settled' = 'held';
  private readonly timer: NodeJS.Timeout;
  private settleOutcome!: (outcome: HeldOutcome) => void;
  private releaseRun!: () => void;
  /** Resolves once the completion is saved with its task's completion, or must be saved alone. */
  readonly outcome = new Promise<HeldOutcome>((resolve) => (this.settleOutcome = resolve));
  /** Resolves once the completion is saved or given up: the run's other writes from this instance wait for it. */
  readonly released = new Promise<void>((resolve) => (this.releaseRun = resolve));

  /**
   * `run`: the activity's transition, with the task started, not saved. `hooks`: what the transition runs after
   * its commit, for the save that carries it. `forget`: takes it out of the engine's map once released.
   */
  constructor(readonly run: RunState, private readonly hooks: readonly (() => void)[], holdMs: number,
    private readonly forget: (h: HeldCompletion) => void) {
    this.timer = setTimeout(() => this.letGo(), holdMs);
  }

  /** The WorkflowTaskStarted event of the task sent (the run's row as held: the task's completion works on a copy). */
  get startedEventId(): number | null {
    return this.run.row.wft_started_event_id;
  }

  /** The sticky queue of the stream the task went to (the run is sticky to it, or no task would have gone). */
  get stickyQueue(): string | null {
    return this.run.row.sticky_queue;
  }

  /** The task's completion takes the transition to save with its own; false when the completion already went. */
  take(): boolean {
    if (this.state !== 'held') return false;
    this.state = 'merging';
    clearTimeout(this.timer);
    return true;
  }

  /** The task's completion that took it saved the transition with its own (nothing once it was let go). */
  merged(): void {
    if (this.state !== 'merging') return;
    this.settle('merged');
    this.release();
  }

  /**
   * The completion is to be saved alone (by whoever awaits `outcome`, who then calls release()). Does nothing once
   * it is settled; while its task's completion is merging, only that completion lets it go (`merging`).
   */
  letGo(merging = false): void {
    if (this.state === 'held' || (merging && this.state === 'merging')) this.settle('alone');
  }

  /** Lets the run's other writes go on (after the completion was saved alone, or given up). */
  release(): void {
    this.forget(this);
    this.releaseRun();
  }

  /** Adds what the activity's transition runs after its commit to the transaction that saves it. */
  carryHooks(tx: Tx): void {
    for (const hook of this.hooks) afterCommit(tx, hook);
  }

  private settle(outcome: HeldOutcome): void {
    if (this.state === 'settled') return;
    this.state = 'settled';
    clearTimeout(this.timer);
    this.settleOutcome(outcome);
  }
}
