import type { DataSource } from 'typeorm';

/** The statements TypeORM would still need to match the entities (empty when migrations are whole). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
