import { createServer, type Server, type Socket } from 'node:net';
import { resetEnvironment } from '@portal/platform';
import { startGateway, type RunningGateway } from '../src/gateway';
import {
  createCustomer,
  startTestSystem,
  subgraphUrlsOf,
  testSupergraph,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';

/**
 * Property 6: every database statement and every subgraph fetch has a timeout. Short ones here
 * (1 s each; the defaults are 5 s and 10 s), so that a stuck statement and a subgraph that accepts a
 * connection and never answers both end in a coded error instead of a request that hangs.
 */

let system: TestSystem;
let silent: Server;
const sockets: Socket[] = [];
let gateway: RunningGateway;
let token: string;
let customer: TestCustomer;

beforeAll(async () => {
  process.env.DB_STATEMENT_TIMEOUT_MS = '1000';
  resetEnvironment();
  system = await startTestSystem();
  // Signed in through the test system's gateway (default fetch timeout): a sign-in's password
  // hashing may take longer than a second on a busy machine.
  customer = await createCustomer(system);
  token = await customer.administrator.signIn();
  process.env.SUBGRAPH_FETCH_TIMEOUT_MS = '1000';
  resetEnvironment();
  // Accepts connections and never answers, like a subgraph stuck in a loop.
  silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  gateway = await startGateway({
    port: 0,
    supergraphSdl: testSupergraph(),
    subgraphUrls: { ...subgraphUrlsOf(system), knowledge: `http://127.0.0.1:${port}/graphql` },
  });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent?.close(resolve));
  await system?.stop();
  delete process.env.DB_STATEMENT_TIMEOUT_MS;
  delete process.env.SUBGRAPH_FETCH_TIMEOUT_MS;
  resetEnvironment();
});

it('cancels a statement that runs longer than the statement timeout', async () => {
  const error = await system.devices.dataSource.query('SELECT pg_sleep(3)').then(
    () => null,
    (e: { driverError?: { code?: string } }) => e.driverError?.code,
  );
  expect(error).toBe('57014'); // query_canceled
});

it('answers a subgraph that never answers with a coded, masked error; the rest still answers', async () => {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: '{ organization { name } knowledgeArticles { totalCount } }',
    }),
  });
  const body = (await response.json()) as {
    errors?: { extensions?: { code?: string } }[];
  };
  expect(response.status).toBe(200);
  expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|localhost|knowledge|abort|timeout/i);
  expect(sockets.length).toBeGreaterThan(0);

  const untouched = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ organization { name } }' }),
  });
  expect(await untouched.json()).toEqual({
    data: { organization: { name: customer.organization.name } },
  });
});
