import { migrationGaps } from '@portal/devkit';
import { entities, migrations } from '../src/database';

it('has migrations that build exactly what the toner entities describe', async () => {
  expect(await migrationGaps({ subgraph: 'toner', entities, migrations })).toEqual({
    unrunMigrations: false,
    schemaChanges: [],
  });
});
