import { logger } from '@portal/platform';
import { startCoprocessor } from './coprocessor';

/** Runs Apollo Router's coprocessor from the environment until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  process.title = 'portal-coprocessor';
  const coprocessor = await startCoprocessor();
  const log = logger();
  log.info({ url: coprocessor.url }, `coprocessor ready at ${coprocessor.url}`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping coprocessor');
    coprocessor.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'coprocessor did not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error('coprocessor failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
