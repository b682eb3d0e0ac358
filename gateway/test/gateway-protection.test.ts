import { metricsRegistry, SUBGRAPHS } from '@portal/platform';
import { startGateway, type RunningGateway } from '../src/gateway';
import {
  createCustomer,
  createDevice,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
  testSupergraph,
} from '@portal/testkit';

let system: TestSystem;
/** A built customer with a device (the deep query reaches its model, account and organisation). */
let customer: TestCustomer;
let serialNumber: string;
let token: string;
beforeAll(async () => {
  // The demo database for its model catalogue only.
  system = await startTestSystem();
  customer = await createCustomer(system);
  ({ serialNumber } = await createDevice(system, customer.accounts[0]!));
  token = await customer.administrator.signIn();
});
afterAll(async () => {
  await system.stop();
});

async function subgraphFetches(): Promise<number> {
  const metric = await metricsRegistry.getSingleMetric('portal_subgraph_fetches_total')!.get();
  return metric.values.reduce((sum, v) => sum + v.value, 0);
}

/** The answer to a document the gateway must refuse before planning: no subgraph is called. */
async function refusedBeforePlanning(query: string): Promise<string> {
  const before = await subgraphFetches();
  const result = await system.graphql(query, {}, { token });
  expect(result.data ?? null).toBeNull();
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(await subgraphFetches()).toBe(before);
  return result.errors!.map((e) => e.message).join(' ');
}

describe('limits before planning (graphql-armor)', () => {
  it('refuses a document nested too deep, without telling the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i++)
      selection = `accounts { devices { edges { node { account { organization { ${selection} } } } } } }`;
    const message = await refusedBeforePlanning(`{ organization { ${selection} } }`);
    expect(message).not.toMatch(/\d/);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(await refusedBeforePlanning(`{ ${aliases} }`)).not.toMatch(/\d/);
  });

  it('refuses too many directives and too many tokens', async () => {
    await refusedBeforePlanning(`{ me { id ${'@include(if: true) '.repeat(20)} } }`);
    await refusedBeforePlanning(`{ me { ${'id '.repeat(6000)}} }`);
  });

  it('refuses an absurd page size by its cost (smaller ones are cut to the page maximum)', async () => {
    await refusedBeforePlanning(
      `{ devices(first: 100000) { edges { node { serialNumber account { name } } } } }`,
    );
  });

  it('lets the portal’s own deep enough queries through', async () => {
    const result = await system.graphql(
      `{ devices(first: 5) { edges { node { serialNumber model { tonerProducts { sku } } account { organization { name } } } } } }`,
      {},
      { token },
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses more than one sign-in in a document', async () => {
    const logins = Array.from(
      { length: 20 },
      (_, i) =>
        `a${i}: login(email: "${customer.administrator.email}", password: "guess-${i}") { accessToken }`,
    );
    const before = await subgraphFetches();
    const result = await system.graphql(`mutation { ${logins.join(' ')} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toBe(
      'Send one sign-in, registration or confirmation per request.',
    );
    expect(await subgraphFetches()).toBe(before);
  });

  // A registration as a real one would ask: the built customer's account and device (so each
  // row's document is built when its test runs, after beforeAll).
  const registration = (i: number) =>
    `register(input: { email: "fragment-${i}@example.com", name: "F ${i}", password: "Fragment-Password-${i}!", customerAccountNumber: "${customer.accounts[0]!.customerAccountNumber}", deviceSerialNumber: "${serialNumber}" }) { userErrors { code } }`;
  it.each([
    [
      'aliased registrations in named fragments',
      () =>
        `mutation { ...A ...B } fragment A on Mutation { a: ${registration(1)} } fragment B on Mutation { b: ${registration(2)} }`,
    ],
    [
      'aliased sign-ins in inline fragments',
      () =>
        `mutation { ... on Mutation { x: login(email: "a@example.com", password: "guess-1") { accessToken } } ... { y: login(email: "a@example.com", password: "guess-2") { accessToken } } }`,
    ],
    [
      'one field beside a nested fragment holding another',
      () =>
        `mutation { resendConfirmation(email: "a@example.com") ...A } fragment A on Mutation { ... on Mutation { ...B } } fragment B on Mutation { again: resendConfirmation(email: "b@example.com") }`,
    ],
    [
      'confirmations and invitations under fragments',
      () =>
        `mutation { ...A } fragment A on Mutation { c: confirmEmail(token: "x") { accessToken } ... on Mutation { i: acceptInvitation(token: "y", password: "Guess-Password-1!") { accessToken } } }`,
    ],
  ])('counts sign-ins whatever the fragments: %s', async (_, query) => {
    const before = await subgraphFetches();
    const result = await system.graphql(query());
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toBe(
      'Send one sign-in, registration or confirmation per request.',
    );
    expect(await subgraphFetches()).toBe(before);
  });

  it('lets one sign-in through a fragment', async () => {
    const result = await system.graphql(
      `mutation { ...A } fragment A on Mutation { ... on Mutation { attempt: resendConfirmation(email: "nobody@example.com") } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ attempt: true });
  });
});

describe('GraphQL over HTTP', () => {
  it('refuses batched requests', async () => {
    const response = await fetch(system.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('never runs a mutation over GET, and refuses simple cross-site requests (CSRF)', async () => {
    const mutation = await fetch(
      `${system.gateway.url}?query=${encodeURIComponent('mutation { logout }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(mutation.status).toBe(405);
    const simple = await fetch(
      `${system.gateway.url}?query=${encodeURIComponent('{ me { id } }')}`,
    );
    expect(simple.status).toBe(400);
    const form = await fetch(system.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'portal_session=x' },
      body: 'query=mutation%20%7B%20logout%20%7D',
    });
    expect(form.status).toBe(400);
  });
});

describe('production mode', () => {
  let production: RunningGateway;
  beforeAll(async () => {
    production = await startGateway({
      port: 0,
      mode: 'production',
      supergraphSdl: testSupergraph(),
      subgraphUrls: Object.fromEntries(
        SUBGRAPHS.map(({ name }) => [name, system.subgraph(name).url]),
      ),
    });
  });
  afterAll(async () => {
    await production.stop();
  });

  const ask = async (query: string) =>
    (await (
      await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data?: unknown; errors?: { message: string }[] };

  it('refuses introspection and hides field suggestions', async () => {
    expect((await ask('{ __schema { types { name } } }')).errors?.length).toBeGreaterThan(0);
    const typo = await ask('{ devicez { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('still answers ordinary queries', async () => {
    expect(await ask('{ me { id } }')).toEqual({ data: { me: null } });
  });
});
