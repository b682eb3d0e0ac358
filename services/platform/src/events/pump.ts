import type { Logger } from 'pino';

/**
 * Runs `drain` when woken and every `intervalMs`, never twice at once; a wake during a run
 * schedules one more run, so nothing written meanwhile waits for the next interval.
 */
export class Pump {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;

  constructor(
    private readonly name: string,
    private readonly drain: () => Promise<void>,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  /** `runNow: false` waits one interval before the first run (scheduled jobs). */
  start(runNow = true): void {
    this.stopped = false;
    this.timer = setInterval(() => this.wake(), this.intervalMs);
    this.timer.unref();
    if (runNow) this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.exclusive();
  }

  /**
   * Wakes in `ms` (work known to fall due then, such as a retry), unless the interval's timer
   * catches it anyway: when `ms` is not shorter than the interval.
   */
  wakeAfter(ms: number): void {
    // A stopped pump ignores the wake, so the timer need not be kept to be cancelled.
    if (!this.stopped && ms < this.intervalMs) setTimeout(() => this.wake(), ms).unref();
  }

  /**
   * Runs once now and waits for it (tests and shutdown). The run counts as running, so a timer's
   * wake meanwhile waits for it: two at once would race for the relay's lock, and the loser's
   * caller (this flush) could return before the winner had delivered.
   */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.exclusive();
  }

  /** Runs `drain` as the one run; a wake during it runs it once more afterwards. */
  private exclusive(): Promise<void> {
    const run = this.run().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.wake();
      }
    });
    this.running = run;
    return run;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    try {
      await this.drain();
    } catch (error) {
      // Left for the next run: delivery is at least once, so a failed run only delays.
      this.log.warn({ err: error, pump: this.name }, 'event delivery failed; will retry');
    }
  }
}
