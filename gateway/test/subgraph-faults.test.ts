import { createCustomer, startTestSystem, type TestSystem } from '@portal/testkit';

let system: TestSystem;
let token: string;
beforeAll(async () => {
  // No demo data: the queries ask each subgraph for a built customer's two accounts' data.
  system = await startTestSystem({ demo: false });
  token = await (await createCustomer(system, { accounts: 2 })).administrator.signIn();
});
afterAll(async () => {
  await system.stop();
});

const IDENTITY_ONLY = '{ accounts { customerAccountNumber } }';
const ACROSS = '{ accounts { customerAccountNumber devices { totalCount } } }';

/** Steady traffic while a subgraph dies and comes back: what every answer's status was. */
function load(query: string): { stop(): Promise<number[]> } {
  let running = true;
  const statuses: number[] = [];
  const loops = Array.from({ length: 4 }, async () => {
    while (running) statuses.push((await system.graphql(query, {}, { token })).status);
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return statuses;
    },
  };
}

/** A query that needs each subgraph besides identity, next to identity's accounts. */
const TOUCHING: Record<string, string> = {
  devices: ACROSS,
  'service-orders': '{ accounts { customerAccountNumber } serviceOrders(first: 1) { totalCount } }',
  'meter-readings':
    '{ accounts { customerAccountNumber } meterReadingsDue(first: 1) { totalCount } }',
  toner: '{ accounts { customerAccountNumber } stockLocations { name } }',
  knowledge: '{ accounts { customerAccountNumber } knowledgeArticles { totalCount } }',
};

describe('a subgraph dies under load', () => {
  it.each(Object.keys(TOUCHING))(
    'keeps the gateway up without %s, answers the rest, codes the gap, and recovers',
    async (name) => {
      const traffic = load(IDENTITY_ONLY);
      const dead = await system.kill(name);

      const untouched = await system.graphql<{ accounts: unknown[] }>(IDENTITY_ONLY, {}, { token });
      expect(untouched.errors).toBeUndefined();
      expect(untouched.data!.accounts).toHaveLength(2);
      const query = TOUCHING[name]!;
      const partial = await system.graphql<{ accounts: unknown[] }>(query, {}, { token });
      expect(partial.status).toBe(200);
      expect(partial.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(partial.errors)).not.toMatch(
        new RegExp(`127\\.0\\.0\\.1|localhost|:\\d{4,5}|${name}`),
      );

      await dead.start();
      const recovered = await system.graphql(query, {}, { token });
      expect(recovered.errors).toBeUndefined();
      const statuses = await traffic.stop();
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200)).toBe(true);
    },
  );

  it('answers identity being down with a coded, masked 503, and recovers', async () => {
    const dead = await system.kill('identity');
    // Past the principal cache, so the gateway must ask identity who the caller is.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const result = await system.graphql(IDENTITY_ONLY, {}, { token });
    expect(result.status).toBe(503);
    expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    await dead.start();
    const recovered = await system.graphql<{ accounts: unknown[] }>(IDENTITY_ONLY, {}, { token });
    expect(recovered.data?.accounts).toHaveLength(2);
  });
});
