/**
 * Applies the gateway's migration (its fair-use table) as the database owner and exits: what a
 * deployment runs before the gateway starts (a Kubernetes init container, a one-shot Compose
 * service), so the gateway may connect as a role that cannot create tables. From the image root:
 *   node gateway/dist/migrate.js
 * Uses GATEWAY_DATABASE_URL, else DATABASE_URL (the same the gateway reads).
 */
import { environment, logger } from '@portal/platform/edge';
import { migrateGateway } from './fair-use-table';

async function run(): Promise<void> {
  const env = environment();
  const url = env.GATEWAY_DATABASE_URL ?? env.DATABASE_URL;
  if (!url) throw new Error('No database for the gateway: set GATEWAY_DATABASE_URL.');
  await migrateGateway(url);
  logger().info('gateway: migrations applied');
}

run().catch((error: unknown) => {
  console.error('migrating the gateway failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
