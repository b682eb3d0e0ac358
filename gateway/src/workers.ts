import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from '@portal/platform/edge';

/** How many gateway processes GATEWAY_WORKERS asks for (0: one per core). */
export function workerCount(configured: number): number {
  return configured === 0 ? availableParallelism() : configured;
}

/**
 * One gateway process per core: in the primary, forks `count` workers that share the port
 * (node:cluster hands connections round-robin) and supervises them; returns true there, false in
 * a worker or when one process is asked for (then the caller starts the gateway itself). A
 * worker that dies takes the whole gateway down, so a supervisor (or `npm start`) sees it.
 */
export function superviseWorkers(count: number, log: Logger): boolean {
  if (count <= 1 || !cluster.isPrimary) return false;
  let stopping = false;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log.error(
      { pid: worker.process.pid, code, signal },
      'gateway worker stopped; stopping the gateway',
    );
    stop(1);
  });
  const stop = (exitCode: number) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let left = workers.length;
    if (left === 0) process.exit(exitCode);
    for (const worker of workers) {
      worker?.once('exit', () => {
        if (--left === 0) process.exit(exitCode);
      });
      worker?.process.kill('SIGTERM');
    }
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  log.info({ workers: count }, `gateway running ${count} worker processes`);
  return true;
}
