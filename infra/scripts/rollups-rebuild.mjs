// `npm run rollups:rebuild`: every subgraph's analytics rollups counted again from its facts
// (after a bulk load such as `npm run seed:large`, or to check the maintained ones), in the
// database named by DATABASE_URL (or DATABASE_URL_<SUBGRAPH>).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { platform, root, subgraphModule } from './system.mjs';

const url = platform.environment().DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the database whose rollups to rebuild.');
  process.exit(2);
}
for (const { name } of platform.SUBGRAPHS) {
  if (!existsSync(path.join(root, 'services', name, 'dist', 'rollups.js'))) continue;
  const { entities, migrations } = subgraphModule(name, 'database.js');
  const dataSource = platform.createSubgraphDataSource({
    subgraph: name,
    url: platform.environment().databaseUrlFor(name) ?? url,
    entities,
    migrations,
  });
  await dataSource.initialize();
  try {
    const started = Date.now();
    const counts = await subgraphModule(name, 'rollups.js').rebuildRollups(dataSource);
    const rows = Object.entries(counts).map(([table, n]) => `${table} ${n} rows`);
    console.log(`${name}: ${rows.join(', ')} (${Date.now() - started} ms)`);
  } finally {
    await dataSource.destroy();
  }
}
