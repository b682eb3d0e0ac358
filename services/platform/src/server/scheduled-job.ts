import type { Logger } from 'pino';
import { environment } from '../environment';
import { Pump } from '../events/pump';
import type { BackgroundWorker } from './subgraph-server';

/**
 * Work on a clock rather than after commits (reminders, SLA watch, digests): runs every
 * SCHEDULED_JOBS_INTERVAL_MS, never twice at once in one process, and ignores the wake-ups
 * other workers get after each commit. The job itself must be safe to run in several replicas
 * at once (claim its work with a unique row, as every job here does).
 */
export class ScheduledJob implements BackgroundWorker {
  private readonly pump: Pump;

  constructor(name: string, run: () => Promise<void>, log: Logger, intervalMs?: number) {
    this.pump = new Pump(name, run, intervalMs ?? environment().SCHEDULED_JOBS_INTERVAL_MS, log);
  }

  /** The first run comes one interval after start: a restart is no reason to run early. */
  start(): void {
    this.pump.start(false);
  }
  wake(): void {}
  /** Runs the job once now (tests, and operators through a command). */
  flush(): Promise<void> {
    return this.pump.flush();
  }
  stop(): Promise<void> {
    return this.pump.stop();
  }
}
