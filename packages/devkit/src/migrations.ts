import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, type SubgraphDataSourceOptions } from '@portal/platform';
import { createTestDatabase } from './harness';

/** The statements TypeORM would still need to match the entities (empty when migrations are whole). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

/**
 * What a subgraph's migrations, run on an empty database, leave unlike its entities: whether a
 * migration is still unrun, and the statements TypeORM would still need. Every subgraph's
 * migrations test expects { unrunMigrations: false, schemaChanges: [] }.
 */
export async function migrationGaps(
  options: Omit<SubgraphDataSourceOptions, 'url' | 'poolSize'>,
): Promise<{ unrunMigrations: boolean; schemaChanges: string[] }> {
  const database = await createTestDatabase({ demo: false });
  const dataSource = createSubgraphDataSource({ ...options, url: database.url });
  await dataSource.initialize();
  try {
    return {
      unrunMigrations: await dataSource.showMigrations(),
      schemaChanges: await pendingSchemaChanges(dataSource),
    };
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}
