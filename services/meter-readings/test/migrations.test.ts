import { migrationGaps } from '@portal/devkit';
import { entities, migrations } from '../src/database';

it('has migrations that build exactly what the meter readings entities describe', async () => {
  expect(await migrationGaps({ subgraph: 'meter-readings', entities, migrations })).toEqual({
    unrunMigrations: false,
    schemaChanges: [],
  });
});
