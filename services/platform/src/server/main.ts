import { environment } from '../environment';
import { logger } from '../logger';
import { startSubgraph, type BaseContext, type SubgraphDefinition } from './subgraph-server';
import { stopWithSupervisor } from './supervision';

export { stopWithSupervisor };

/**
 * A subgraph process: starts from the environment (the launcher passes DATABASE_URL and keys)
 * and stops cleanly on SIGINT/SIGTERM.
 */
export function runSubgraphMain<C extends BaseContext>(definition: SubgraphDefinition<C>): void {
  process.title = `portal-${definition.name}`;
  const databaseUrl = environment().databaseUrlFor(definition.name);
  if (!databaseUrl) {
    logger().fatal('DATABASE_URL is not set: start the system with `npm start`');
    process.exit(1);
  }
  startSubgraph(definition, { databaseUrl }).then(
    (running) => {
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        running.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      stopWithSupervisor(stop);
    },
    (error: unknown) => {
      logger().fatal({ err: error }, `${definition.name} failed to start`);
      process.exit(1);
    },
  );
}
