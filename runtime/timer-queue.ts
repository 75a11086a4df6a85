import type { HistoryEngine } from './history-engine.js';
import type { Logger } from './logger.js';
import { TIMERS_KEY, type Notifier } from './notifier.js';
import type { Clock } from './clock.js';
import { isDatabaseUnavailable } from './errors.js';
import { TIMER_QUEUE_MAX_SLEEP_MS } from './queues.js';


/**
 * Fires durable timers: when the earliest fire time has come, claims due rows (SKIP LOCKED, so several runtime
 * instances share the work), then sleeps until the earliest fire time or until a new timer is written.
 */
export class TimerQueue {
  private stopped = false;
  private readonly abort = new AbortController();
  private loop?: Promise<void>;

  constructor(private readonly engine: HistoryEngine, private readonly notifier: Notifier,
    private readonly clock: Clock, private readonly logger: Logger) {}

  start(): void {
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      const seen = this.notifier.version(TIMERS_KEY);
      try {
        // The earliest fire time first: a claim that finds nothing due costs a transaction (BEGIN, the claim, COMMIT).
        let next = await this.engine.nextTimerTime();
        if (next !== undefined && next <= this.clock.now()) {
          while (!this.stopped && await this.engine.fireDueTimer()) { /* fire every due timer */ }
          next = await this.engine.nextTimerTime();
        }
        failures = 0;
        const wait = next === undefined ? TIMER_QUEUE_MAX_SLEEP_MS : Math.max(0, Math.min(TIMER_QUEUE_MAX_SLEEP_MS, next - this.clock.now()));
        if (wait > 0) await this.notifier.waitForChange(TIMERS_KEY, seen, wait, this.abort.signal);
      } catch (err) {
        failures++;
        const level = isDatabaseUnavailable(err) ? 'warn' : 'error';
        this.logger[level]({ err: (err as Error).message }, 'timer queue failed; retrying');
        await new Promise((r) => setTimeout(r, Math.min(5_000, 100 * 2 ** failures)));
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    await this.loop;
  }
}
