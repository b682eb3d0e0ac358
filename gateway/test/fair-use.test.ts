// Fair use: a query-cost budget per window for each API key, user and browser session, counted
// in PostgreSQL so two gateway processes share it; 429 with Retry-After and the RateLimit fields,
// other callers untouched, recovery when the window ends; the service centre's budgets per
// organisation; and each key's usage per day for the Administrator who manages it.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SESSION_COOKIE, toGlobalId } from '@portal/platform';
import { startGateway, type RunningGateway } from '../src/gateway';
import {
  createCustomer,
  createStaffUser,
  startTestSystem,
  subgraphUrlsOf,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';

const WINDOW_SECONDS = 6;
const BUDGET = 1000;
// A query's cost is computed from the document, not from what it finds: no devices are needed.
const BURST = `{ devices(first: 10) { edges { node { serialNumber } } } }`;

let system: TestSystem;
let second: RunningGateway;
/** The customer whose Administrator creates the keys, and its Administrator's token. */
let customer: TestCustomer;
let admin: string;

beforeAll(async () => {
  const fairUse = {
    windowSeconds: WINDOW_SECONDS,
    apiKey: BUDGET,
    user: BUDGET,
    session: BUDGET,
    anonymous: 100_000,
  };
  system = await startTestSystem({ demo: false, fairUse, usageReportMs: 100 });
  // A second gateway process's worth: its own limiter and memory, the same database.
  second = await startGateway({
    port: 0,
    subgraphUrls: subgraphUrlsOf(system),
    databaseUrl: system.database.url,
    fairUse,
    usageReportMs: 100,
  });
  customer = await createCustomer(system);
  admin = await customer.administrator.signIn();
}, 120_000);

afterAll(async () => {
  await second?.stop();
  await system?.stop();
});

async function createKey(name: string): Promise<{ id: string; secret: string }> {
  const created = await system.graphql<{
    createApiKey: { secret: string; apiKey: { id: string } };
  }>(
    `mutation ($name: String!, $grants: [RoleGrantInput!]!) {
       createApiKey(name: $name, grants: $grants) { secret apiKey { id } userErrors { code } } }`,
    {
      name,
      grants: [{ role: 'ADMINISTRATOR', accountId: customer.accounts[0]!.id }],
    },
    { token: admin },
  );
  return { id: created.data!.createApiKey.apiKey.id, secret: created.data!.createApiKey.secret };
}

interface Answer {
  status: number;
  policy: string | null;
  rateLimit: string | null;
  retryAfter: string | null;
  codes: string[];
}

async function ask(
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    policy: response.headers.get('ratelimit-policy'),
    rateLimit: response.headers.get('ratelimit'),
    retryAfter: response.headers.get('retry-after'),
    codes: (json.errors ?? []).map((e) => e.extensions?.code ?? ''),
  };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** r of the RateLimit field: what is left of the budget. */
const remaining = (answer: Answer) => Number(/;r=(\d+)/.exec(answer.rateLimit ?? '')?.[1]);

/** Sends the burst query until the key is refused, alternating between the two gateways. */
async function burst(secret: string) {
  const answers: Answer[] = [];
  for (let i = 0; i < 100; i++) {
    const url = i % 2 === 0 ? system.gateway.url : second.url;
    const answer = await ask(url, { query: BURST }, bearer(secret));
    answers.push(answer);
    if (answer.status === 429) break;
  }
  return answers;
}

it('refuses a key past its budget with 429, Retry-After and the RateLimit fields, across both gateways, and recovers', async () => {
  const key = await createKey('Burst');
  const other = await createKey('Quiet');
  const answers = await burst(key.secret);
  const first = answers[0]!;
  expect(first.status).toBe(200);
  expect(first.policy).toBe(`"api-key";q=${BUDGET};w=${WINDOW_SECONDS}`);
  expect(first.rateLimit).toMatch(/^"api-key";r=\d+;t=[1-6]$/);
  // The query's cost, not one request: the same formula the protection limits documents by.
  const cost = BUDGET - remaining(first);
  expect(cost).toBeGreaterThan(1);

  const refused = answers.at(-1)!;
  expect(refused).toMatchObject({ status: 429, codes: ['RATE_LIMITED'] });
  // Refused because the query costs more than is left (perhaps nothing).
  expect(refused.rateLimit).toMatch(/^"api-key";r=\d+;t=[1-6]$/);
  expect(remaining(refused)).toBeLessThan(cost);
  expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(refused.retryAfter)).toBeLessThanOrEqual(WINDOW_SECONDS);
  // One budget for both processes: as many as fit once, never as many again per gateway. Each
  // process learns of the other's spending with its next write (written behind, so requests
  // never wait for PostgreSQL): on a busy machine it may let a few more through meanwhile.
  const fit = Math.floor(BUDGET / cost);
  const allowed = answers.filter((a) => a.status === 200 && a.codes.length === 0);
  expect(allowed.length).toBe(answers.length - 1);
  expect(allowed.length).toBeGreaterThanOrEqual(fit);
  expect(allowed.length).toBeLessThan(2 * fit);

  // Another key of the same organisation, and the same key on the other gateway: one is free,
  // the other is still refused there.
  const quiet = await ask(second.url, { query: BURST }, bearer(other.secret));
  expect(quiet).toMatchObject({ status: 200, codes: [] });
  expect(remaining(quiet)).toBe(BUDGET - cost);
  const again = await ask(second.url, { query: BURST }, bearer(key.secret));
  expect(again.status).toBe(429);

  await new Promise((resolve) => setTimeout(resolve, Number(again.retryAfter) * 1000 + 200));
  const recovered = await ask(system.gateway.url, { query: BURST }, bearer(key.secret));
  expect(recovered).toMatchObject({ status: 200, codes: [] });
  expect(remaining(recovered)).toBe(BUDGET - cost);
}, 60_000);

it("counts the web client's own operations as 1 per request for its session, untouched by a key's burst", async () => {
  const key = await createKey('Burst beside a browser');
  const login = await fetch(system.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { userErrors { code } } }`,
      variables: { email: customer.administrator.email, password: TEST_PASSWORD },
    }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
  expect(cookie).toBeDefined();

  expect((await burst(key.secret)).at(-1)!.status).toBe(429);
  const me = clientOperation('Me');
  const answers: Answer[] = [];
  for (let i = 0; i < 5; i++) answers.push(await ask(system.gateway.url, me, { cookie }));
  for (const answer of answers) expect(answer).toMatchObject({ status: 200, codes: [] });
  expect(answers[0]!.policy).toBe(`"session";q=${BUDGET};w=${WINDOW_SECONDS}`);
  // Each of the client's operations cost 1, whatever its computed cost.
  expect(answers.map(remaining)).toEqual([1, 2, 3, 4, 5].map((n) => BUDGET - n));

  // The same document sent as text by a program with a bearer token costs its computed cost.
  const script = await ask(system.gateway.url, { query: documentOf('Me') }, bearer(admin));
  expect(script.policy).toBe(`"user";q=${BUDGET};w=${WINDOW_SECONDS}`);
  expect(BUDGET - remaining(script)).toBeGreaterThan(1);
}, 60_000);

it("lets service agents set an organisation's budget, which its keys get within a second", async () => {
  const key = await createKey('Budgeted');
  const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  const organization = customer.organization.id;
  const SET = `mutation ($input: SetApiBudgetInput!) { setApiBudget(input: $input) {
    organization { apiBudget { costPerMinute } } userErrors { code field } } }`;

  const byCustomer = await system.graphql(
    SET,
    { input: { organizationId: organization, costPerMinute: 5000 } },
    { token: admin },
  );
  expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const tooSmall = await system.graphql<{ setApiBudget: { userErrors: unknown[] } }>(
    SET,
    { input: { organizationId: organization, costPerMinute: 5 } },
    { token: agent },
  );
  expect(tooSmall.data!.setApiBudget.userErrors).toEqual([
    { code: 'INVALID_INPUT', field: ['input', 'costPerMinute'] },
  ]);
  const unknown = await system.graphql<{ setApiBudget: { userErrors: unknown[] } }>(
    SET,
    {
      input: {
        organizationId: toGlobalId('Organization', randomUUID()),
        costPerMinute: 5000,
      },
    },
    { token: agent },
  );
  expect(unknown.data!.setApiBudget.userErrors).toEqual([
    { code: 'NOT_FOUND', field: ['input', 'organizationId'] },
  ]);

  const set = await system.graphql<{
    setApiBudget: { organization: { apiBudget: { costPerMinute: number } } };
  }>(SET, { input: { organizationId: organization, costPerMinute: 5000 } }, { token: agent });
  expect(set.data!.setApiBudget.organization.apiBudget).toEqual({ costPerMinute: 5000 });
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const answer = await ask(system.gateway.url, { query: '{ me { email } }' }, bearer(key.secret));
  expect(answer.policy).toBe(`"api-key";q=5000;w=${WINDOW_SECONDS}`);
  // The key's own organisation is what it may read its budget from.
  const own = await system.graphql<{ organization: { apiBudget: { costPerMinute: number } } }>(
    '{ organization { apiBudget { costPerMinute } } }',
    {},
    { token: key.secret },
  );
  expect(own.data!.organization.apiBudget).toEqual({ costPerMinute: 5000 });

  const reset = await system.graphql<{
    setApiBudget: { organization: { apiBudget: null } };
  }>(SET, { input: { organizationId: organization, costPerMinute: null } }, { token: agent });
  expect(reset.data!.setApiBudget.organization.apiBudget).toBeNull();
}, 60_000);

it('shows each key its requests, errors and cost per day, to the Administrator who manages it', async () => {
  const key = await createKey('Counted');
  const answers = await burst(key.secret);
  const allowed = answers.filter((a) => a.status === 200);
  const cost = BUDGET - remaining(answers[0]!);
  const USAGE = `{ apiKeys { id usage { day requests errors cost } } }`;
  const today = new Date().toISOString().slice(0, 10);
  const expected = [
    { day: today, requests: answers.length, errors: 1, cost: allowed.length * cost },
  ];
  let usage: unknown;
  for (let i = 0; i < 50; i++) {
    const result = await system.graphql<{ apiKeys: { id: string; usage: unknown[] }[] }>(
      USAGE,
      {},
      { token: admin },
    );
    usage = result.data!.apiKeys.find((k) => k.id === key.id)!.usage;
    if (JSON.stringify(usage) === JSON.stringify(expected)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(usage).toEqual(expected);

  // A deprecated argument, counted for the key that still sends it (refused or not).
  const old = await createKey('Old integration');
  const deprecatedUse = await ask(
    system.gateway.url,
    {
      query: `mutation { scheduleServiceOrder(id: "T3JkZXI6MQ==", visitAt: "2027-01-04T09:00:00Z",
        technicianId: "VXNlcjox", technicianName: "Tobias") { userErrors { code } } }`,
    },
    bearer(old.secret),
  );
  expect(deprecatedUse.status).toBe(200);
  const DEPRECATED = `{ apiKeys { id usage { deprecatedFields { coordinate requests } } } }`;
  let uses: unknown;
  for (let i = 0; i < 50; i++) {
    const result = await system.graphql<{
      apiKeys: { id: string; usage: { deprecatedFields: unknown[] }[] }[];
    }>(DEPRECATED, {}, { token: admin });
    uses = result.data!.apiKeys.find((k) => k.id === old.id)!.usage[0]?.deprecatedFields;
    if (uses) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(uses).toEqual([
    { coordinate: 'Mutation.scheduleServiceOrder(technicianName)', requests: 1 },
  ]);
  // The burst used none.
  const burstKey = await system.graphql<{
    apiKeys: { id: string; usage: { deprecatedFields: unknown[] }[] }[];
  }>(DEPRECATED, {}, { token: admin });
  expect(burstKey.data!.apiKeys.find((k) => k.id === key.id)!.usage[0]!.deprecatedFields).toEqual(
    [],
  );

  // Another organisation's Administrator never sees the key, nor its usage.
  const bo = await (await createCustomer(system, { name: 'Other Org A/S' })).administrator.signIn();
  const theirs = await system.graphql<{ apiKeys: { id: string }[] }>(USAGE, {}, { token: bo });
  expect(theirs.data!.apiKeys.map((k) => k.id)).not.toContain(key.id);
}, 60_000);

const CLIENT_DOCUMENTS = JSON.parse(
  readFileSync(
    path.resolve(__dirname, '../../client/src/__generated__/persisted-documents.json'),
    'utf8',
  ),
) as Record<string, string>;

function documentOf(operationName: string): string {
  const text = Object.values(CLIENT_DOCUMENTS).find((d) =>
    new RegExp(`^(query|mutation) ${operationName}\\b`).test(d),
  );
  if (!text) throw new Error(`the client has no operation ${operationName}`);
  return text;
}

function clientOperation(operationName: string) {
  const text = documentOf(operationName);
  const hash = Object.keys(CLIENT_DOCUMENTS).find((k) => CLIENT_DOCUMENTS[k] === text)!;
  return {
    operationName,
    extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace('sha256:', '') } },
  };
}
