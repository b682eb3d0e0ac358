import { migrationGaps } from '@portal/devkit';
import { entities, migrations } from '../src/database';

it('has migrations that build exactly what the identity entities describe', async () => {
  expect(await migrationGaps({ subgraph: 'identity', entities, migrations })).toEqual({
    unrunMigrations: false,
    schemaChanges: [],
  });
});
