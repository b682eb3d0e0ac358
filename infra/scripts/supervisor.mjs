// The launcher's processes: restarted with exponential backoff when one exits unexpectedly, a
// cap on restarts per minute, and a stop that ends every one of them within a deadline.
import { spawn } from 'node:child_process';

export const RESTART_POLICY = {
  /** First delay; doubles with each restart in a row, up to maxDelayMs. */
  baseDelayMs: 100,
  maxDelayMs: 5000,
  /** More restarts of one process than this within a minute: stop everything. */
  maxPerMinute: 5,
  /** A process that ran this long before exiting starts again from baseDelayMs. */
  stableAfterMs: 30_000,
};

/** Delay before the next start of a process that has just exited `streak` times in a row. */
export function restartDelay(streak, policy = RESTART_POLICY) {
  return Math.min(policy.baseDelayMs * 2 ** Math.max(0, streak - 1), policy.maxDelayMs);
}

export class Supervisor {
  /**
   * @param {{ policy?: typeof RESTART_POLICY, log?: (line: string) => void,
   *   onGiveUp: (reason: string) => void }} options
   */
  constructor({ policy = RESTART_POLICY, log = (line) => console.error(line), onGiveUp }) {
    this.policy = policy;
    this.log = log;
    this.onGiveUp = onGiveUp;
    this.processes = [];
    this.stopping = false;
  }

  /** Starts `node file` with `env` and keeps it running until stop(). */
  add(name, file, env, nodeArgs = []) {
    const entry = { name, file, env, nodeArgs, child: undefined, restarts: [], streak: 0 };
    this.processes.push(entry);
    this.#start(entry);
    return entry;
  }

  #start(entry) {
    const startedAt = Date.now();
    // stdin is a pipe the process watches: when the launcher dies, even by SIGKILL, it ends.
    const child = spawn(process.execPath, [...entry.nodeArgs, entry.file], {
      env: { ...entry.env, PORTAL_SUPERVISED: '1' },
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    entry.child = child;
    child.stdin.on('error', () => undefined);
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      const now = Date.now();
      entry.streak = now - startedAt >= this.policy.stableAfterMs ? 1 : entry.streak + 1;
      entry.restarts = entry.restarts.filter((at) => now - at < 60_000);
      if (entry.restarts.length >= this.policy.maxPerMinute) {
        this.onGiveUp(
          `${entry.name} exited ${entry.restarts.length + 1} times within a minute (last: ${signal ?? `code ${code}`}); stopping everything.`,
        );
        return;
      }
      entry.restarts.push(now);
      const delay = restartDelay(entry.streak, this.policy);
      this.log(
        `↻ ${entry.name} exited (${signal ?? `code ${code}`}); restarting in ${(delay / 1000).toFixed(1)} s (restart ${entry.restarts.length} in the last minute, at most ${this.policy.maxPerMinute}).`,
      );
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        if (!this.stopping) this.#start(entry);
      }, delay);
    });
  }

  /** SIGTERM to every process, SIGKILL to those still running after graceMs; resolves when all are gone. */
  async stop(graceMs = 5000) {
    this.stopping = true;
    await Promise.all(
      this.processes.map(async (entry) => {
        clearTimeout(entry.timer);
        const child = entry.child;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          this.log(`${entry.name} did not stop within ${graceMs / 1000} s; killing it.`);
          child.kill('SIGKILL');
        }, graceMs);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  /** Kills every process at once (the last resort of a stop that overran its deadline). */
  killAll() {
    for (const { child } of this.processes) {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }
}
