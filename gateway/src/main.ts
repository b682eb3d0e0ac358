import { environment, logger, stopWithSupervisor } from '@portal/platform/edge';
import { superviseWorkers, workerCount } from './workers';

/** Runs the gateway from the environment until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  // The logger names the service after the process title.
  process.title = 'portal-gateway';
  const log = logger();
  if (superviseWorkers(workerCount(environment().GATEWAY_WORKERS), log)) return;
  // Loaded only where it runs: the supervising primary stays small.
  const { startGateway } = await import('./gateway.js');
  const gateway = await startGateway();
  log.info({ url: gateway.url }, `gateway ready at ${gateway.url}`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping gateway');
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'gateway did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  stopWithSupervisor(() => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // The logger itself may be what failed (an invalid environment), so write to stderr directly.
  console.error('gateway failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
