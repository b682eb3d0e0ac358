/**
 * Applies a subgraph's pending migrations to its database (DATABASE_URL, or the subgraph's own
 * URL) and exits: what a deployment runs before the subgraph starts (a Kubernetes init
 * container, a one-shot Compose service). Run from the repository (or image) root:
 *   node services/platform/dist/cli/migrate.js identity
 * Replicas starting together each run it; an advisory lock per schema lets one migrate while
 * the others wait and then find nothing pending.
 */
import path from 'node:path';
import { Client } from 'pg';
import { createSubgraphDataSource, migrate, schemaOf } from '../db/data-source';
import { environment, SUBGRAPHS } from '../environment';
import { logger } from '../logger';

interface SubgraphData {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

async function run(subgraph: string): Promise<void> {
  if (!SUBGRAPHS.some((s) => s.name === subgraph)) {
    throw new Error(`Unknown subgraph "${subgraph}": one of ${SUBGRAPHS.map((s) => s.name)}.`);
  }
  const url = environment().databaseUrlFor(subgraph);
  if (!url) throw new Error(`No database URL for ${subgraph}: set DATABASE_URL.`);
  // services/platform/dist/cli -> services/<subgraph>/dist
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const data = require(
    path.resolve(__dirname, '..', '..', '..', subgraph, 'dist', 'database.js'),
  ) as SubgraphData;

  const lock = new Client({ connectionString: url });
  await lock.connect();
  const dataSource = createSubgraphDataSource({ subgraph, url, ...data });
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [
      `portal-migrate:${schemaOf(subgraph)}`,
    ]);
    await dataSource.initialize();
    await migrate(dataSource);
    logger().info({ subgraph }, `${subgraph}: migrations applied`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await lock.end();
  }
}

const [subgraph] = process.argv.slice(2);
if (!subgraph) {
  console.error('usage: migrate <subgraph>');
  process.exit(2);
}
run(subgraph).catch((error: unknown) => {
  console.error(`migrating ${subgraph} failed:`, error instanceof Error ? error.message : error);
  process.exit(1);
});
