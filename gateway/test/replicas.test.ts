// Two instances of every subgraph behind one gateway: the same answers as one instance each,
// calls spread over both, and an instance stopped under load costs no request a client retries.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { logger, metricsRegistry, SUBGRAPHS } from '@portal/platform';
import { freePort } from '@portal/devkit';
import { ReplicaSet, replicaFetch } from '../src/replicas';
import { startGateway, type RunningGateway } from '../src/gateway';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  deliverPendingEvents,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';
import { phoneInReadings } from '@portal/testkit/meter-readings';
import { orderFor, serviceOrderApi } from '@portal/testkit/service-orders';

let system: TestSystem;
/** A second gateway on the first instance of each subgraph only, over the same database. */
let single: RunningGateway;
/** The callers, built in beforeAll: a customer's three roles, another's Administrator, staff. */
const USERS = ['admin', 'deviceManager', 'stockManager', 'otherAdmin', 'agent'] as const;
const tokens = {} as Record<(typeof USERS)[number], string>;

// Between them they call every subgraph, several in one request.
const QUERIES = [
  `{ me { email } accounts { id } }`,
  `{ devices(first: 100) { totalCount edges { node { serialNumber status openServiceOrderCount
      latestMeterReading { readingDate values { meter value } } } } } }`,
  `{ serviceOrders(first: 50) { totalCount edges { node { number status device { serialNumber } } } } }`,
  `{ meterReadingsDue(first: 50) { totalCount } stockLocations { id name } }`,
  `{ knowledgeArticles(first: 5) { totalCount edges { node { slug } } } }`,
];

async function ask(
  url: string,
  query: string,
  token: string,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  system = await startTestSystem({ replicas: 2 });
  single = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map(({ name }) => [name, system.instances(name)[0]!.url]),
    ),
  });
  // The demo database for its device models only: what the callers see is built here.
  const agent = await createStaffUser(system, 'SERVICE_AGENT');
  const agentToken = await agent.signIn();
  const customer = await createCustomer(system);
  const other = await createCustomer(system);
  const account = customer.accounts[0]!;
  const store = await createStockLocation(system, account, { agentToken });
  const devices = [
    // Only an e-Maintenance device draws toner from a store.
    (
      await createDevice(system, account, {
        agentToken,
        stockLocationId: store.id,
        eMaintenance: true,
      })
    ).id,
    (await createDevice(system, account, { agentToken })).id,
    (await createDevice(system, account, { agentToken })).id,
  ];
  await createDevice(system, other.accounts[0]!, { agentToken });
  // A reading and an open order: the device list asks meter readings and service orders too.
  await phoneInReadings(system, agentToken, devices[0]!, [
    { daysAgo: 10, values: { TOTAL: 12_345 } },
  ]);
  const adminToken = await customer.administrator.signIn();
  await serviceOrderApi(system).ok(adminToken, 'create', { input: orderFor(devices[1]!) });
  await deliverPendingEvents(system);
  const deviceManager = await createUser(system, {
    organization: customer.organization.id,
    grants: [['DEVICE_MANAGER', account]],
    devices: devices.slice(0, 2),
  });
  const stockManager = await createUser(system, {
    organization: customer.organization.id,
    grants: [['STOCK_MANAGER', account]],
    stockLocations: [store.id],
  });
  tokens.admin = adminToken;
  tokens.deviceManager = await deviceManager.signIn();
  tokens.stockManager = await stockManager.signIn();
  tokens.otherAdmin = await other.administrator.signIn();
  tokens.agent = agentToken;
}, 120_000);

afterAll(async () => {
  await single?.stop();
  await system?.stop();
});

it('answers every role exactly as one instance of each subgraph does, spreading the calls over both', async () => {
  const before = SUBGRAPHS.map(({ name }) =>
    system.instances(name).map((i) => i.graphqlRequests()),
  );
  for (const user of USERS) {
    for (const query of QUERIES) {
      const replicated = await ask(system.gateway.url, query, tokens[user]);
      const alone = await ask(single.url, query, tokens[user]);
      expect(replicated.status).toBe(200);
      expect((replicated.body as { errors?: unknown }).errors).toBeUndefined();
      expect(replicated).toEqual(alone);
    }
  }
  // Every instance of every subgraph answered part of it.
  SUBGRAPHS.forEach(({ name }, index) => {
    const served = system.instances(name).map((i, n) => i.graphqlRequests() - before[index]![n]!);
    expect({ name, served: served.map((n) => n > 0) }).toEqual({ name, served: [true, true] });
  });
});

it('loses no request that a client retries while one instance of every subgraph stops under load', async () => {
  const expected = new Map<string, unknown>();
  for (const user of USERS)
    for (const query of QUERIES)
      expected.set(`${user}|${query}`, (await ask(single.url, query, tokens[user])).body);

  const WORKERS = 6;
  const PER_WORKER = 30;
  const ATTEMPTS = 3;
  let completed = 0;
  let lost = 0;
  let retried = 0;
  let wrong = 0;
  let killed: Promise<{ start(): Promise<void> }[]> | undefined;
  const retriesBefore = await gatewayRetries();
  const started = Date.now();

  const worker = async (w: number) => {
    for (let i = 0; i < PER_WORKER; i++) {
      const user = USERS[(w + i) % USERS.length]!;
      const query = QUERIES[i % QUERIES.length]!;
      let ok = false;
      for (let attempt = 1; attempt <= ATTEMPTS && !ok; attempt++) {
        if (attempt > 1) {
          retried++;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        try {
          const { status, body } = await ask(system.gateway.url, query, tokens[user]);
          ok = status === 200 && (body as { errors?: unknown }).errors === undefined;
          if (ok && JSON.stringify(body) !== JSON.stringify(expected.get(`${user}|${query}`)))
            wrong++;
        } catch {
          ok = false;
        }
      }
      if (!ok) lost++;
      completed++;
      // A third of the way in, the second instance of every subgraph stops.
      if (completed === Math.floor((WORKERS * PER_WORKER) / 3)) {
        killed = Promise.all(SUBGRAPHS.map(({ name }) => system.kill(name, 1)));
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  const seconds = (Date.now() - started) / 1000;
  const restarts = await killed!;
  const moved = (await gatewayRetries()) - retriesBefore;
  // The figures docs/operations.md quotes.
  console.log(
    `replica load: ${completed} requests by ${WORKERS} clients in ${seconds.toFixed(1)} s, ` +
      `one of two instances of each of ${SUBGRAPHS.length} subgraphs stopped after ${completed / 3}; ` +
      `gateway moved ${moved} calls to the other instance, clients retried ${retried}, lost ${lost}, wrong ${wrong}`,
  );
  expect(completed).toBe(WORKERS * PER_WORKER);
  expect(lost).toBe(0);
  expect(wrong).toBe(0);

  // Back on the same ports: once /health answers, the instances are in rotation again.
  for (const restart of restarts) await restart.start();
  const revived = () => SUBGRAPHS.map(({ name }) => system.instances(name)[1]!.graphqlRequests());
  const deadline = Date.now() + 15_000;
  while (revived().some((n) => n === 0)) {
    if (Date.now() > deadline) throw new Error(`instances not back in rotation: ${revived()}`);
    for (const query of QUERIES) await ask(system.gateway.url, query, tokens[USERS[0]]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 120_000);

describe('retrying a call on another instance', () => {
  const servers: Server[] = [];
  let answered = 0;
  let answerUrl: string;
  let dropUrl: string;
  let refusedUrl: string;
  const listen = async (server: Server) => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  };

  beforeAll(async () => {
    answerUrl = await listen(
      createServer((req, res) => {
        req.resume();
        req.on('end', () => {
          answered++;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: { ok: true } }));
        });
      }),
    );
    // Reads the whole request, then hangs up without answering: it may have acted on it.
    dropUrl = await listen(
      createServer((req) => {
        req.resume();
        req.on('end', () => req.socket.destroy());
      }),
    );
    refusedUrl = `http://127.0.0.1:${await freePort()}/graphql`;
  });
  afterAll(async () => {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  });

  const call = (first: string, query: string) => {
    const set = new ReplicaSet('test', [first, answerUrl], logger());
    const send = replicaFetch(set, (url: string, init?: RequestInit) => fetch(url, init));
    return send(first, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  };

  it('moves a query and a mutation from a refused connection (nothing was sent)', async () => {
    const before = answered;
    expect((await call(refusedUrl, '{ ok }')).status).toBe(200);
    expect((await call(refusedUrl, 'mutation { ok }')).status).toBe(200);
    expect(answered - before).toBe(2);
  });

  it('moves a query but not a mutation from a connection lost after sending', async () => {
    const before = answered;
    expect((await call(dropUrl, 'query Q { ok }')).status).toBe(200);
    await expect(call(dropUrl, 'mutation M { ok }')).rejects.toThrow();
    expect(answered - before).toBe(1);
  });
});

async function gatewayRetries(): Promise<number> {
  const metric = await metricsRegistry
    .getSingleMetric('portal_subgraph_replica_retries_total')
    ?.get();
  return (metric?.values ?? []).reduce((sum, v) => sum + v.value, 0);
}
