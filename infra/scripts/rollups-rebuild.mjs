// `npm run rollups:rebuild`: every subgraph's analytics rollups counted again from its facts
// (after a bulk load such as `npm run seed:large`, or to check the maintained ones), in the
// database named by DATABASE_URL (or DATABASE_URL_<SUBGRAPH>).
import { platform, rebuildRollups } from './system.mjs';

const url = platform.environment().DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the database whose rollups to rebuild.');
  process.exit(2);
}
const started = Date.now();
for (const [name, tables] of Object.entries(await rebuildRollups(url)))
  console.log(
    `${name}: ${Object.entries(tables)
      .map(([t, n]) => `${t} ${n} rows`)
      .join(', ')}`,
  );
console.log(`Rollups rebuilt in ${Date.now() - started} ms.`);
