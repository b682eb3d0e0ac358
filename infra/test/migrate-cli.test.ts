import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { createDatabase, dropDatabase } from '@portal/devkit';
import { migrations as identityMigrations } from '../../services/identity/src/migrations';

// The deployment's migration step (init container, one-shot Compose service), as a process:
// replicas that start together each run it against an empty database, and it must end with
// every migration applied once.

const ROOT = path.resolve(__dirname, '..', '..');
const adminUrl = process.env.PORTAL_TEST_ADMIN_URL!;
const name = `migrate_cli_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();

beforeAll(() => createDatabase(adminUrl, name));
afterAll(() => dropDatabase(adminUrl, name));

function migrate(subgraph: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'services/platform/dist/cli/migrate.js'), subgraph],
      { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env } },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

it('three replicas migrating one empty database at once apply every migration once', async () => {
  const runs = await Promise.all(
    [1, 2, 3].map(() => migrate('identity', { DATABASE_URL_IDENTITY: url })),
  );
  for (const run of runs) expect(run).toMatchObject({ code: 0 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'SELECT name FROM identity.migrations ORDER BY id',
    );
    expect(rows.map((r) => r.name)).toEqual(identityMigrations.map((m) => m.name));
  } finally {
    await client.end();
  }
});

it('refuses an unknown subgraph and a missing database URL, with a reason', async () => {
  const unknown = await migrate('printers', { DATABASE_URL: url });
  expect(unknown.code).toBe(1);
  expect(unknown.output).toMatch(/Unknown subgraph "printers"/);
  const missing = await migrate('devices', {});
  expect(missing.code).toBe(1);
  expect(missing.output).toMatch(/No database URL for devices/);
});
