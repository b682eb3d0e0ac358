import { createSubgraphDataSource } from '@portal/platform';
import { createTestDatabase, pendingSchemaChanges } from '@portal/devkit';
import { entities, migrations } from '../src/database';

it('has migrations that build exactly what the devices entities describe', async () => {
  const database = await createTestDatabase({ demo: false });
  const dataSource = createSubgraphDataSource({
    subgraph: 'devices',
    url: database.url,
    entities,
    migrations,
  });
  await dataSource.initialize();
  try {
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
});
