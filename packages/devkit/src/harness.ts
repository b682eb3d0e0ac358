import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, generatePrincipalKeyPair, migrate } from '@portal/platform';
import { EmbeddedPostgres, createDatabase, dropDatabase } from './embedded-postgres';

/** A subgraph's tables and, optionally, its part of the demo world. */
export interface SubgraphDatabase {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  seedDemo?: (dataSource: DataSource) => Promise<void>;
}

export const EMPTY_TEMPLATE = 'portal_template';
export const DEMO_TEMPLATE = 'portal_demo_template';

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let running: { postgres: EmbeddedPostgres; dataDir: string } | undefined;

/**
 * Jest's global setup: one embedded PostgreSQL for the run, keys for the principal, and two
 * migrated template databases (empty, and with the demo world) that test files clone.
 */
export async function startTestPostgres(subgraphs: SubgraphDatabase[]): Promise<void> {
  const dataDir = `/tmp/portal-test-pg-${process.pid}-${randomBytes(3).toString('hex')}`;
  const postgres = new EmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true });
  await postgres.start();
  running = { postgres, dataDir };
  const keys = await generatePrincipalKeyPair();
  Object.assign(process.env, {
    PORTAL_MODE: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    // Events travel on wake-ups (a commit wakes its relay, NOTIFY or NATS wakes the consumers);
    // the poll only catches a lost one. Tests poll every 5 s, not 500 ms: a delivery that waits
    // for the poll shows as a slow test, and the systems of a run's files poll less.
    EVENT_POLL_MS: process.env.EVENT_POLL_MS ?? '5000',
    PORTAL_TEST_ADMIN_URL: postgres.url('postgres'),
    PORTAL_PRINCIPAL_PRIVATE_KEY: keys.privateKey,
    PORTAL_PRINCIPAL_PUBLIC_KEY: keys.publicKey,
    PORTAL_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    PORTAL_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
  });
  for (const [template, seed] of [
    [EMPTY_TEMPLATE, false],
    [DEMO_TEMPLATE, true],
  ] as const) {
    await createDatabase(postgres.url('postgres'), template);
    const sources: DataSource[] = [];
    try {
      for (const subgraph of subgraphs) {
        const dataSource = createSubgraphDataSource({
          subgraph: subgraph.name,
          url: postgres.url(template),
          ...subgraph,
        });
        await dataSource.initialize();
        sources.push(dataSource);
        await migrate(dataSource);
      }
      if (seed) {
        for (const [index, subgraph] of subgraphs.entries())
          await subgraph.seedDemo?.(sources[index]!);
      }
    } finally {
      for (const dataSource of sources) await dataSource.destroy();
    }
  }
}

export async function stopTestPostgres(): Promise<void> {
  if (!running) return;
  await running.postgres.stop();
  rmSync(running.dataDir, { recursive: true, force: true });
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from a migrated template. */
export async function createTestDatabase({ demo }: { demo: boolean }): Promise<TestDatabase> {
  // Read here, not through environment(): global setup wrote it after this process began.
  const adminUrl = process.env.PORTAL_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('Run tests through Jest: the global setup starts PostgreSQL.');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await createDatabase(adminUrl, name, demo ? DEMO_TEMPLATE : EMPTY_TEMPLATE);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => dropDatabase(adminUrl, name) };
}
