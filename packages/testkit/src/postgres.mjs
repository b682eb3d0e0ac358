// The test run's PostgreSQL, in a process of its own (outside Jest's module transform): starts
// it with the migrated templates, prints the environment for the tests as one JSON line, and
// stops it on SIGTERM.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { loadDevkit, platform, root, seeds, migrateGateway } =
  await import('../../../infra/scripts/system.mjs');
const devkit = await loadDevkit('run npm install: tests need the development tooling');
const subgraph = (name, file) => require(path.join(root, 'services', name, 'dist', file));

const before = { ...process.env };
await devkit.startTestPostgres(
  platform.SUBGRAPHS.map(({ name }) => ({
    name,
    ...subgraph(name, 'database.js'),
    seedDemo: subgraph(name, 'demo.js')[seeds[name]],
  })),
);
// The gateway's fair-use table in both templates, made by the owner as a deployment's migration does.
for (const template of [devkit.EMPTY_TEMPLATE, devkit.DEMO_TEMPLATE]) {
  const url = new URL(process.env.PORTAL_TEST_ADMIN_URL);
  url.pathname = `/${template}`;
  await migrateGateway(url.toString());
}
// The run's mail capture: a real SMTP server writing every mail the tests cause as .eml files.
const mailDir = `/tmp/portal-test-mail-${process.pid}`;
const mailbox = await devkit.startDevMailbox(mailDir);
process.env.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`;
process.env.PORTAL_TEST_MAIL_DIR = mailDir;
const added = Object.fromEntries(
  Object.entries(process.env).filter(([key, value]) => before[key] !== value),
);
process.stdout.write(`${JSON.stringify(added)}\n`);

const stop = async () => {
  await mailbox.stop();
  rmSync(mailDir, { recursive: true, force: true });
  await devkit.stopTestPostgres();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// The parent's end closes stdin: stop even if Jest dies without its teardown.
process.stdin.on('end', () => void stop());
process.stdin.resume();
