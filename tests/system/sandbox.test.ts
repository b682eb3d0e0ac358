// Partner sandboxes: an Administrator of a customer organisation creates a sandbox organisation
// (identity), whose devices the devices subgraph generates from identity's event; its creator
// signs in to it and holds a key for it; nobody else sees it, the service centre's lists leave
// it out, and the limit per creator holds.
import {
  createCustomer,
  createStaffUser,
  createUser,
  deliverPendingEvents,
  startTestSystem,
  TEST_PASSWORD,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';
import { watchResponseTimes } from '../../services/service-orders/src/domain/response-watch';

let system: TestSystem;
let partner: TestCustomer;
let token: string;

beforeAll(async () => {
  system = await startTestSystem();
  partner = await createCustomer(system, { name: 'Partner Dev A/S' });
  token = await partner.administrator.signIn();
}, 120_000);
afterAll(async () => {
  await system?.stop();
});

const CREATE = `mutation ($input: CreateSandboxInput!) {
  createSandbox(input: $input) {
    organization { id name sandbox } signInEmail apiKey { id name } secret
    userErrors { code field message } } }`;

interface Created {
  organization: { id: string; name: string; sandbox: boolean } | null;
  signInEmail: string | null;
  apiKey: { id: string; name: string } | null;
  secret: string | null;
  userErrors: { code: string; field: string[] | null; message: string }[];
}

const createSandbox = async (name: string, auth: { token?: string; secret?: string }) => {
  const answer = await system.graphql<{ createSandbox: Created }>(
    CREATE,
    { input: { name } },
    auth.secret ? { headers: { authorization: `Bearer ${auth.secret}` } } : { token: auth.token },
  );
  return { data: answer.data?.createSandbox, codes: (answer.errors ?? []).map(codeOf) };
};
const codeOf = (e: { extensions?: { code?: unknown } }) => String(e.extensions?.code);

// The devices and the printed volume of the last 13 months, as the caller sees them.
const YEAR_AGO = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
const TODAY = new Date().toISOString().slice(0, 10);
const DEVICES = `{
  devices(first: 50) { totalCount edges { node {
    serialNumber model { name } meterReadings(first: 1) { totalCount } } } }
  printVolume(from: "${YEAR_AGO}", to: "${TODAY}") { months { total } }
  stockLocations { name levels { toner { sku } quantity belowMinimum } }
  serviceOrders(first: 50) { totalCount edges { node { type status } } } }`;
type Devices = {
  devices: {
    totalCount: number;
    edges: {
      node: {
        serialNumber: string;
        model: { name: string };
        meterReadings: { totalCount: number };
      };
    }[];
  };
  printVolume: { months: { total: number }[] };
  stockLocations: {
    name: string;
    levels: { toner: { sku: string }; quantity: number; belowMinimum: boolean }[];
  }[];
  serviceOrders: { totalCount: number; edges: { node: { type: string; status: string } }[] };
};
const byType = (a: { type: string }, b: { type: string }) => a.type.localeCompare(b.type);
const printed = (answer: Devices) => answer.printVolume.months.reduce((sum, m) => sum + m.total, 0);

describe('a partner sandbox', () => {
  let sandbox: Created;

  beforeAll(async () => {
    const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
    const before = await system.graphql<Devices>(DEVICES, {}, { token: agent });
    const { data } = await createSandbox('ERP integration test', { token });
    sandbox = data!;
    // identity's event to devices, then devices' events to the others.
    await deliverPendingEvents(system);
    await deliverPendingEvents(system);
    staffBefore = { answer: before.data!, agent };
  });
  let staffBefore: { answer: Devices; agent: string };

  it('is an organisation marked sandbox, with its creator as Administrator and a key', () => {
    expect(sandbox.userErrors).toEqual([]);
    expect(sandbox.organization).toMatchObject({ name: 'ERP integration test', sandbox: true });
    const [local, domain] = partner.administrator.email.split('@');
    expect(sandbox.signInEmail).toMatch(
      new RegExp(`^${local!.replace(/\./g, '\\.')}\\+sandbox-[0-9a-f]{8}@${domain}$`),
    );
    expect(sandbox.apiKey?.name).toBe('Sandbox key');
    expect(sandbox.secret).toMatch(/^pk_/);
  });

  it('has devices of every catalogue model with a year of readings, for its key and its Administrator', async () => {
    const models = await system.graphql<{ deviceModels: { edges: { node: { name: string } }[] } }>(
      '{ deviceModels(first: 50) { edges { node { name } } } }',
      {},
      { token },
    );
    const catalogue = models.data!.deviceModels.edges.map((e) => e.node.name).sort();
    expect(catalogue.length).toBeGreaterThan(1);

    const byKey = await system.graphql<Devices>(
      DEVICES,
      {},
      {
        headers: { authorization: `Bearer ${sandbox.secret}` },
      },
    );
    expect(byKey.errors).toBeUndefined();
    const devices = byKey.data!.devices.edges.map((e) => e.node);
    expect(byKey.data!.devices.totalCount).toBe(2 * catalogue.length);
    expect([...new Set(devices.map((d) => d.model.name))].sort()).toEqual(catalogue);
    for (const d of devices) expect(d.serialNumber).toMatch(/^SB[0-9A-F]{8}\d{2}$/);
    // meter-readings' part, generated from each device's event: twelve monthly readings.
    for (const d of devices) expect(d.meterReadings.totalCount).toBe(12);
    expect(printed(byKey.data!)).toBeGreaterThan(0);
    // service-orders' part: a few submitted orders.
    expect(byKey.data!.serviceOrders.edges.map((e) => e.node).sort(byType)).toEqual([
      { type: 'BREAKDOWN', status: 'SUBMITTED' },
      { type: 'MAINTENANCE', status: 'SUBMITTED' },
      { type: 'OTHER', status: 'SUBMITTED' },
    ]);
    // toner's part: one store stocking every toner of the models, some of them low.
    const [store, ...more] = byKey.data!.stockLocations;
    expect(more).toEqual([]);
    expect(store!.name).toBe('Sandbox store');
    expect(store!.levels.length).toBeGreaterThanOrEqual(catalogue.length);
    expect(store!.levels.some((l) => l.belowMinimum)).toBe(true);
    expect(store!.levels.some((l) => !l.belowMinimum)).toBe(true);

    // Signed in at the +sandbox address with the creator's own password.
    const administrator = await system.signIn(sandbox.signInEmail!, TEST_PASSWORD);
    const me = await system.graphql<{
      me: { organization: { id: string; sandbox: boolean } };
      devices: { totalCount: number };
    }>(
      '{ me { organization { id sandbox } } devices { totalCount } }',
      {},
      {
        token: administrator,
      },
    );
    expect(me.data).toEqual({
      me: { organization: { id: sandbox.organization!.id, sandbox: true } },
      devices: { totalCount: 2 * catalogue.length },
    });
  });

  it('stays apart: not in its creator organisation, another customer or the service centre lists', async () => {
    const own = await system.graphql<Devices & { me: { organization: { sandbox: boolean } } }>(
      `{ me { organization { sandbox } } devices { totalCount } }`,
      {},
      { token },
    );
    expect(own.data).toEqual({
      me: { organization: { sandbox: false } },
      devices: { totalCount: 0 },
    });

    const other = await createCustomer(system, { name: 'Other Print A/S' });
    const otherToken = await other.administrator.signIn();
    const seen = await system.graphql<{ node: unknown }>(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id: sandbox.organization!.id },
      { token: otherToken },
    );
    expect(seen.data?.node ?? null).toBeNull();

    const { answer: before, agent } = staffBefore;
    const staff = await system.graphql<Devices & { customerUsers: { email: string }[] }>(
      `query ($text: String!) { devices { totalCount }
         printVolume(from: "${YEAR_AGO}", to: "${TODAY}") { months { total } }
         stockLocations { name }
         serviceOrders { totalCount }
         customerUsers(search: $text) { email } }`,
      { text: 'sandbox-' },
      { token: agent },
    );
    expect(staff.data!.devices.totalCount).toBe(before.devices.totalCount);
    expect(printed(staff.data!)).toBe(printed(before));
    expect(staff.data!.serviceOrders.totalCount).toBe(before.serviceOrders.totalCount);
    expect(staff.data!.stockLocations.map((l) => l.name)).toEqual(
      before.stockLocations.map((l) => l.name),
    );
    expect(staff.data!.customerUsers).toEqual([]);
  });

  it("raises no response-time alert for a sandbox's orders, however late", async () => {
    const orders = system.subgraph('service-orders').dataSource;
    // A month on: every order still awaiting its response is overdue.
    await watchResponseTimes(orders, new Date(Date.now() + 30 * 86_400_000));
    const [alerts] = (await orders.query(
      `SELECT count(*) FILTER (WHERE o.sandbox)::int AS sandbox, count(*)::int AS every
         FROM service_orders.service_order_response_alert a
         JOIN service_orders.service_order o ON o.id = a.order_id`,
    )) as { sandbox: number; every: number }[];
    expect(alerts!.every).toBeGreaterThan(0);
    expect(alerts!.sandbox).toBe(0);
    const [generated] = (await orders.query(
      `SELECT count(*)::int AS n FROM service_orders.service_order WHERE sandbox`,
    )) as { n: number }[];
    expect(generated!.n).toBeGreaterThanOrEqual(3);
  });
});

describe('who may create one, and how many', () => {
  it('refuses a name it cannot use, and changes nothing', async () => {
    const { data } = await createSandbox('   ', { token });
    expect(data).toMatchObject({
      organization: null,
      secret: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'name'] }],
    });
  });

  it('gives each creator at most three', async () => {
    const creator = await createCustomer(system, { name: 'Busy Partner A/S' });
    const creatorToken = await creator.administrator.signIn();
    for (const n of [1, 2, 3])
      expect((await createSandbox(`Try ${n}`, { token: creatorToken })).data?.userErrors).toEqual(
        [],
      );
    const fourth = await createSandbox('Try 4', { token: creatorToken });
    expect(fourth.data).toMatchObject({
      organization: null,
      userErrors: [{ code: 'SANDBOX_LIMIT_REACHED', field: null }],
    });
    // Another creator's count is its own.
    expect((await createSandbox('Mine', { token })).data?.userErrors).toEqual([]);
  });

  it("is an Administrator's of a real organisation: not another role, staff, a key, a sandbox user or anonymous", async () => {
    const deviceManager = await createUser(system, {
      organization: partner.organization.id,
      grants: [['DEVICE_MANAGER', partner.accounts[0]!]],
    });
    const agent = await createStaffUser(system, 'SERVICE_AGENT');
    const { data } = await createSandbox('Nested', { token });
    expect(data?.userErrors).toEqual([]);
    const sandboxUser = await system.signIn(data!.signInEmail!, TEST_PASSWORD);
    expect((await createSandbox('x', { token: await deviceManager.signIn() })).codes).toEqual([
      'FORBIDDEN',
    ]);
    expect((await createSandbox('x', { token: await agent.signIn() })).codes).toEqual([
      'FORBIDDEN',
    ]);
    expect((await createSandbox('x', { secret: data!.secret! })).codes).toEqual(['FORBIDDEN']);
    expect((await createSandbox('x', { token: sandboxUser })).codes).toEqual(['FORBIDDEN']);
    expect((await createSandbox('x', {})).codes).toEqual(['UNAUTHENTICATED']);
  });
});
