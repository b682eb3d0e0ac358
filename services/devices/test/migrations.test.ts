import { migrationGaps } from '@portal/devkit';
import { entities, migrations } from '../src/database';

it('has migrations that build exactly what the devices entities describe', async () => {
  expect(await migrationGaps({ subgraph: 'devices', entities, migrations })).toEqual({
    unrunMigrations: false,
    schemaChanges: [],
  });
});
