import { randomUUID } from 'node:crypto';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createDevice,
  createStaffUser,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';
import { orderFor } from '@portal/testkit/service-orders';

/**
 * Create-type mutations take an optional idempotency key: a client that timed out retries with
 * the same key and gets the first answer, never a second object. createServiceOrder here; then
 * the other subgraphs' create-type mutations, identity's inviteUser and createStaffUser among them.
 */
let system: TestSystem;
/** A customer's Administrator, and another customer's. */
let customer: TestCustomer;
let anna: string;
let bo: string;
/** A Service agent. */
let agent: string;
/** Devices built here: ours1..ours6 on the customer's account, theirs2 and theirs3 on the other's. */
const DEVICES = [
  'ours1',
  'ours2',
  'ours3',
  'ours4',
  'ours5',
  'ours6',
  'theirs2',
  'theirs3',
] as const;
const devices = {} as Record<(typeof DEVICES)[number], string>;
beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  customer = await createCustomer(system);
  const other = await createCustomer(system);
  anna = await customer.administrator.signIn();
  bo = await other.administrator.signIn();
  agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  for (const name of DEVICES) {
    const account = name.startsWith('ours') ? customer.accounts[0]! : other.accounts[0]!;
    devices[name] = (await createDevice(system, account, { agentToken: agent })).id;
  }
}, 120_000);
afterAll(async () => {
  await system.stop();
});

interface Answer {
  result: { serviceOrder: { id: string } | null; userErrors: { code: string; field: string[] }[] };
}
const CREATE = `mutation ($input: CreateServiceOrderInput!) {
  result: createServiceOrder(input: $input) { serviceOrder { id } userErrors { code field } } }`;
const ORDERS = `query ($id: ID!) { node(id: $id) { ... on Device { serviceOrders(first: 100) { totalCount } } } }`;

const device = (name: keyof typeof devices) => devices[name];
const input = (
  name: keyof typeof devices,
  key?: string,
  description = 'Yearly maintenance, please.',
) => orderFor(device(name), { description, ...(key ? { idempotencyKey: key } : {}) });

async function create(token: string, variables: ReturnType<typeof input>) {
  const answer = await system.graphql<Answer>(CREATE, { input: variables }, { token });
  expect(answer.errors).toBeUndefined();
  return answer.data!.result;
}
async function ordersOf(name: keyof typeof devices, token: string): Promise<number> {
  const answer = await system.graphql<{ node: { serviceOrders: { totalCount: number } } }>(
    ORDERS,
    { id: device(name) },
    { token },
  );
  return answer.data!.node.serviceOrders.totalCount;
}

describe('createServiceOrder with an idempotency key', () => {
  it('replays the first order to a retry instead of creating a second', async () => {
    const before = await ordersOf('ours2', anna);
    const key = randomUUID();
    const first = await create(anna, input('ours2', key));
    const retry = await create(anna, input('ours2', key));
    expect(first.userErrors).toEqual([]);
    expect(retry).toEqual(first);
    expect(await ordersOf('ours2', anna)).toBe(before + 1);
  });

  it('creates one order from 20 simultaneous retries', async () => {
    const before = await ordersOf('ours3', anna);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => create(anna, input('ours3', key))),
    );
    const ids = new Set(answers.map((a) => a.serviceOrder?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(await ordersOf('ours3', anna)).toBe(before + 1);
  });

  it('refuses the same key with another input', async () => {
    const key = randomUUID();
    await create(anna, input('ours4', key));
    const other = await create(anna, input('ours4', key, 'Something else entirely.'));
    expect(other).toEqual({
      serviceOrder: null,
      userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] }],
    });
  });

  it('keeps keys per caller: another organisation’s same key creates its own order', async () => {
    const key = randomUUID();
    const annas = await create(anna, input('ours5', key));
    const before = await ordersOf('theirs2', bo);
    const bos = await create(bo, input('theirs2', key));
    expect(bos.userErrors).toEqual([]);
    expect(bos.serviceOrder!.id).not.toBe(annas.serviceOrder!.id);
    expect(await ordersOf('theirs2', bo)).toBe(before + 1);
    // And a key another caller used first is no way to see or block one's own order.
    const replay = await create(anna, input('ours5', key));
    expect(replay).toEqual(annas);
  });

  it('creates a new order for each request without a key, as before', async () => {
    const before = await ordersOf('ours6', anna);
    await create(anna, input('ours6'));
    await create(anna, input('ours6'));
    expect(await ordersOf('ours6', anna)).toBe(before + 2);
  });

  it('does not store a refusal: a retry is judged again', async () => {
    const key = randomUUID();
    const foreign = await create(anna, input('theirs3', key));
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const own = await create(anna, { ...input('ours1', key), deviceId: device('ours1') });
    expect(own.userErrors.map((e) => e.code)).not.toContain('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('the other create-type mutations take a key the same way', () => {
  it('createStockLocation replays the first location to a retry', async () => {
    const COUNT = `query ($id: ID) { stockLocations(accountId: $id) { id } }`;
    const account = customer.accounts[0]!.id;
    const count = async () =>
      (
        await system.graphql<{ stockLocations: { id: string }[] }>(
          COUNT,
          { id: account },
          { token: agent },
        )
      ).data!.stockLocations.length;
    const before = await count();
    const key = randomUUID();
    const create = (name: string) =>
      system.graphql<{ result: { stockLocation: { id: string } | null; userErrors: unknown[] } }>(
        `mutation ($input: CreateStockLocationInput!) { result: createStockLocation(input: $input) { stockLocation { id } userErrors { code } } }`,
        {
          input: {
            accountId: account,
            name,
            address: 'Havnegade 1, 1058 København K',
            idempotencyKey: key,
          },
        },
        { token: agent },
      );
    const first = await create('Second floor store');
    const retry = await create('Second floor store');
    expect(first.data!.result.userErrors).toEqual([]);
    expect(retry.data).toEqual(first.data);
    expect((await create('Another name')).data!.result.userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED' },
    ]);
    expect(await count()).toBe(before + 1);
  });

  it('registerDevice replays the first registration instead of answering SERIAL_TAKEN', async () => {
    const key = randomUUID();
    const register = (floor: string) =>
      system.graphql<{ result: { device: { id: string } | null; userErrors: unknown[] } }>(
        `mutation ($input: RegisterDeviceInput!) { result: registerDevice(input: $input) { device { id } userErrors { code } } }`,
        {
          input: {
            serialNumber: 'RETRY-0001',
            modelId: COLOUR_A3_MODEL,
            accountId: customer.accounts[0]!.id,
            installedAt: '2026-03-02',
            location: { address: 'Vesterbrogade 12, 1620 København V', floor },
            contract: {
              contractNumber: 'SC-RETRY-0001',
              responseTimeHours: 8,
              billedMeters: ['TOTAL', 'BLACK', 'COLOUR'],
              readingFrequency: 'MONTHLY',
            },
            idempotencyKey: key,
          },
        },
        { token: agent },
      );
    const first = await register('5');
    const retry = await register('5');
    expect(first.data!.result.userErrors).toEqual([]);
    expect(retry.data).toEqual(first.data);
    expect((await register('6')).data!.result.userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED' },
    ]);
  });

  it('createKnowledgeArticle replays the first article to a retry', async () => {
    const key = randomUUID();
    const create = () =>
      system.graphql<{ result: { article: { id: string } | null; userErrors: unknown[] } }>(
        `mutation ($input: KnowledgeArticleInput!, $key: String) { result: createKnowledgeArticle(input: $input, idempotencyKey: $key) { article { id } userErrors { code } } }`,
        {
          input: { slug: 'retried-article', title: 'Retried', body: 'Once.', language: 'en' },
          key,
        },
        { token: agent },
      );
    const first = await create();
    const retry = await create();
    expect(first.data!.result.userErrors).toEqual([]);
    expect(retry.data).toEqual(first.data);
  });
});

describe('identity’s inviteUser and createStaffUser take a key the same way', () => {
  type UserAnswer = {
    result: {
      user: { id: string; email: string } | null;
      userErrors: { code: string; field: string[] }[];
    };
  };
  const count = async (sql: string, email: string) =>
    (
      (await system.identity.dataSource.query(sql, [email])) as {
        n: number;
      }[]
    )[0]!.n;
  const users = (email: string) =>
    count('SELECT count(*)::int AS n FROM identity.app_user WHERE lower(email) = $1', email);
  const mails = (email: string) =>
    count('SELECT count(*)::int AS n FROM identity.outgoing_mail WHERE "to" = $1', email);
  const reused = {
    user: null,
    userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] }],
  };

  it('inviteUser replays the invited user to a retry instead of answering EMAIL_TAKEN', async () => {
    const email = `retried.invitee.${randomUUID()}@${customer.domain}`;
    const key = randomUUID();
    const invite = async (name: string) => {
      const answer = await system.graphql<UserAnswer>(
        `mutation ($input: InviteUserInput!) { result: inviteUser(input: $input) { user { id email } userErrors { code field } } }`,
        {
          input: {
            email,
            name,
            grants: [
              {
                role: 'SELF_SERVICE_USER',
                accountId: customer.accounts[0]!.id,
              },
            ],
            idempotencyKey: key,
          },
        },
        { token: anna },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.result;
    };
    const first = await invite('Rikke Retry');
    const retry = await invite('Rikke Retry');
    expect(first.userErrors).toEqual([]);
    expect(first.user!.email).toBe(email);
    expect(retry).toEqual(first);
    expect(await users(email)).toBe(1);
    expect(await mails(email)).toBe(1);
    expect(await invite('Someone Else')).toEqual(reused);
    expect(await users(email)).toBe(1);
    expect(await mails(email)).toBe(1);
  });

  it('createStaffUser replays the created staff user to a retry instead of answering EMAIL_TAKEN', async () => {
    const email = `retried.staff.${randomUUID()}@testkit.example`;
    const key = randomUUID();
    const create = async (staffRole: string) => {
      const answer = await system.graphql<UserAnswer>(
        `mutation ($input: CreateStaffUserInput!) { result: createStaffUser(input: $input) { user { id email } userErrors { code field } } }`,
        { input: { email, name: 'Søren Retry', staffRole, idempotencyKey: key } },
        { token: agent },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.result;
    };
    const first = await create('TECHNICIAN');
    const retry = await create('TECHNICIAN');
    expect(first.userErrors).toEqual([]);
    expect(first.user!.email).toBe(email);
    expect(retry).toEqual(first);
    expect(await users(email)).toBe(1);
    expect(await mails(email)).toBe(1);
    expect(await create('SERVICE_PLANNER')).toEqual(reused);
    expect(await users(email)).toBe(1);
    expect(await mails(email)).toBe(1);
  });
});
