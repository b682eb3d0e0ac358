import { migrationGaps } from '@portal/devkit';
import { entities, migrations } from '../src/database';

it('has migrations that build exactly what the service-orders entities describe', async () => {
  expect(await migrationGaps({ subgraph: 'service-orders', entities, migrations })).toEqual({
    unrunMigrations: false,
    schemaChanges: [],
  });
});
