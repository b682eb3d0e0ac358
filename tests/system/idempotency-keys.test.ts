import { randomUUID } from 'node:crypto';
import { demoIds, toGlobalId } from '@portal/platform';
import { startTestSystem, type TestSystem } from '@portal/testkit';

/**
 * Create-type mutations take an optional idempotency key: a client that timed out retries with
 * the same key and gets the first answer, never a second object. createServiceOrder here; then
 * the other subgraphs' create-type mutations, identity's inviteUser and createStaffUser among them.
 */
let system: TestSystem;
let anna: string;
let bo: string;
beforeAll(async () => {
  system = await startTestSystem();
  anna = await system.signIn('anna.admin@nordiskprint.example');
  bo = await system.signIn('bo.admin@fjordlogistik.example');
});
afterAll(async () => {
  await system.stop();
});

interface Answer {
  result: { serviceOrder: { id: string } | null; userErrors: { code: string; field: string[] }[] };
}
const CREATE = `mutation ($input: CreateServiceOrderInput!) {
  result: createServiceOrder(input: $input) { serviceOrder { id } userErrors { code field } } }`;
const ORDERS = `query ($id: ID!) { node(id: $id) { ... on Device { serviceOrders(first: 100) { totalCount } } } }`;

const device = (serial: string) => toGlobalId('Device', demoIds.device(serial));
const input = (serial: string, key?: string, description = 'Yearly maintenance, please.') => ({
  deviceId: device(serial),
  type: 'MAINTENANCE',
  description,
  contactName: 'Anna Andersen',
  contactPhone: '+45 11 22 33 44',
  ...(key ? { idempotencyKey: key } : {}),
});

async function create(token: string, variables: ReturnType<typeof input>) {
  const answer = await system.graphql<Answer>(CREATE, { input: variables }, { token });
  expect(answer.errors).toBeUndefined();
  return answer.data!.result;
}
async function ordersOf(serial: string, token: string): Promise<number> {
  const answer = await system.graphql<{ node: { serviceOrders: { totalCount: number } } }>(
    ORDERS,
    { id: device(serial) },
    { token },
  );
  return answer.data!.node.serviceOrders.totalCount;
}

describe('createServiceOrder with an idempotency key', () => {
  it('replays the first order to a retry instead of creating a second', async () => {
    const before = await ordersOf('NP1000002', anna);
    const key = randomUUID();
    const first = await create(anna, input('NP1000002', key));
    const retry = await create(anna, input('NP1000002', key));
    expect(first.userErrors).toEqual([]);
    expect(retry).toEqual(first);
    expect(await ordersOf('NP1000002', anna)).toBe(before + 1);
  });

  it('creates one order from 20 simultaneous retries', async () => {
    const before = await ordersOf('NP1000003', anna);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => create(anna, input('NP1000003', key))),
    );
    const ids = new Set(answers.map((a) => a.serviceOrder?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(await ordersOf('NP1000003', anna)).toBe(before + 1);
  });

  it('refuses the same key with another input', async () => {
    const key = randomUUID();
    await create(anna, input('NP1000004', key));
    const other = await create(anna, input('NP1000004', key, 'Something else entirely.'));
    expect(other).toEqual({
      serviceOrder: null,
      userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] }],
    });
  });

  it('keeps keys per caller: another organisation’s same key creates its own order', async () => {
    const key = randomUUID();
    const annas = await create(anna, input('NP1000005', key));
    const before = await ordersOf('FL3000002', bo);
    const bos = await create(bo, input('FL3000002', key));
    expect(bos.userErrors).toEqual([]);
    expect(bos.serviceOrder!.id).not.toBe(annas.serviceOrder!.id);
    expect(await ordersOf('FL3000002', bo)).toBe(before + 1);
    // And a key another caller used first is no way to see or block one's own order.
    const replay = await create(anna, input('NP1000005', key));
    expect(replay).toEqual(annas);
  });

  it('creates a new order for each request without a key, as before', async () => {
    const before = await ordersOf('NP1000006', anna);
    await create(anna, input('NP1000006'));
    await create(anna, input('NP1000006'));
    expect(await ordersOf('NP1000006', anna)).toBe(before + 2);
  });

  it('does not store a refusal: a retry is judged again', async () => {
    const key = randomUUID();
    const foreign = await create(anna, input('FL3000003', key));
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const own = await create(anna, { ...input('NP1000001', key), deviceId: device('NP1000001') });
    expect(own.userErrors.map((e) => e.code)).not.toContain('IDEMPOTENCY_KEY_REUSED');
  });
});

describe('the other create-type mutations take a key the same way', () => {
  let agent: string;
  beforeAll(async () => {
    agent = await system.signIn('agent@service.example');
  });

  it('createStockLocation replays the first location to a retry', async () => {
    const COUNT = `query ($id: ID) { stockLocations(accountId: $id) { id } }`;
    const account = toGlobalId('Account', demoIds.account('100200'));
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
            modelId: toGlobalId('DeviceModel', demoIds.model('imageRUNNER ADVANCE DX C5840i')),
            accountId: toGlobalId('Account', demoIds.account('100200')),
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
    const email = `retried.invitee.${randomUUID()}@nordiskprint.example`;
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
                accountId: toGlobalId('Account', demoIds.account('100200')),
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
    const agent = await system.signIn('agent@service.example');
    const email = `retried.staff.${randomUUID()}@service.example`;
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
