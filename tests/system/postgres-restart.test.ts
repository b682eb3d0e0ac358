import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { createSubgraphDataSource, migrate } from '@portal/platform';
import { createDatabase, EmbeddedPostgres, freePort } from '@portal/devkit';
import {
  createStaffUser,
  SUBGRAPH_DEFINITIONS,
  startTestSystem,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';

// A PostgreSQL of this test's own: restarting the run's shared one would hit other test files.
const dataDir = `/tmp/portal-restart-${randomUUID().slice(0, 8)}`;
let postgres: ChildProcess;
let replies: Interface;
let system: TestSystem;
let agent: TestUser;

/** Sends a command to the PostgreSQL process and waits for its answer. */
async function command(line: 'stop' | 'start' | null, answer: string): Promise<void> {
  const done = new Promise<void>((resolve) => {
    const listener = (reply: string) => {
      if (reply !== answer) return;
      replies.off('line', listener);
      resolve();
    };
    replies.on('line', listener);
  });
  if (line) postgres.stdin!.write(`${line}\n`);
  await done;
}

beforeAll(async () => {
  const port = await freePort();
  postgres = spawn(
    process.execPath,
    [
      path.join(__dirname, '../../packages/testkit/src/restartable-postgres.mjs'),
      dataDir,
      String(port),
    ],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  replies = createInterface({ input: postgres.stdout! });
  await command(null, 'started');
  await createDatabase(EmbeddedPostgres.urlFor(port, 'postgres', dataDir), 'portal');
  const url = EmbeddedPostgres.urlFor(port, 'portal', dataDir);
  for (const definition of SUBGRAPH_DEFINITIONS) {
    const dataSource = createSubgraphDataSource({ subgraph: definition.name, url, ...definition });
    await dataSource.initialize();
    await migrate(dataSource);
    await dataSource.destroy();
  }
  system = await startTestSystem({ database: { url, drop: async () => undefined } });
  // The one user the test signs in as: a Service agent, who reads every subgraph.
  agent = await createStaffUser(system, 'SERVICE_AGENT', 'Restart Agent');
}, 120_000);

afterAll(async () => {
  await system?.stop();
  if (postgres && postgres.exitCode === null) {
    const exited = new Promise((resolve) => postgres.once('exit', resolve));
    postgres.stdin!.end();
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

it('reconnects every service by itself after PostgreSQL restarts', async () => {
  const token = await agent.signIn();
  const query =
    '{ me { email } accounts { id } devices { totalCount } knowledgeArticles { totalCount } }';
  const before = await system.graphql(query, {}, { token });
  expect(before.errors).toBeUndefined();

  await command('stop', 'stopped');
  await command('start', 'started');

  // No service restarts: the pools drop the dead connections and open new ones.
  let after = await system.graphql(query, {}, { token });
  for (let attempt = 0; attempt < 20 && after.errors; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    after = await system.graphql(query, {}, { token });
  }
  expect(after.errors).toBeUndefined();
  expect(after.data).toEqual(before.data);
  // A sign-in (a write) works too.
  expect(await agent.signIn()).toEqual(expect.any(String));
});
