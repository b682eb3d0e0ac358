import { migrationGaps } from '@portal/devkit';
import { entities, migrations } from '../src/database';

it('has migrations that build exactly what the knowledge entities describe', async () => {
  expect(await migrationGaps({ subgraph: 'knowledge', entities, migrations })).toEqual({
    unrunMigrations: false,
    schemaChanges: [],
  });
});
