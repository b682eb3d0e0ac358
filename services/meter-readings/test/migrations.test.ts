import {
  createSubgraphDataSource,
  createTestDatabase,
  pendingSchemaChanges,
} from '@portal/platform';
import { entities, migrations } from '../src/database';

it('has migrations that build exactly what the meter readings entities describe', async () => {
  const database = await createTestDatabase({ demo: false });
  const dataSource = createSubgraphDataSource({
    subgraph: 'meter-readings',
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
