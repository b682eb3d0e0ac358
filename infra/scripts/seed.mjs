// `npm run seed`: migrate and load the demo data into the database named by DATABASE_URL.
import { platform, prepareDatabase } from './system.mjs';

const url = platform.environment().DATABASE_URL;
if (!url) {
  console.error(
    'Set DATABASE_URL to the database to seed (npm start seeds the embedded one itself).',
  );
  process.exit(2);
}
await prepareDatabase(url, { seed: true });
console.log('Demo data loaded.');
