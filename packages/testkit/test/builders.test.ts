import {
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';

// The builders make data a test can lean on: what each built user sees through the gateway is
// exactly what was built for it, and nothing of another customer.
let system: TestSystem;
let customer: TestCustomer;
let other: TestCustomer;
let devices: { id: string; serialNumber: string }[];

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem();
  [customer, other] = [await createCustomer(system, { accounts: 2 }), await createCustomer(system)];
  const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  devices = [
    await createDevice(system, customer.accounts[0]!, { agentToken: agent }),
    await createDevice(system, customer.accounts[1]!, { agentToken: agent }),
    await createDevice(system, other.accounts[0]!, { agentToken: agent }),
  ];
}, 180_000);
afterAll(async () => {
  await system?.stop();
});

const SEEN = `{ organization { name } accounts { customerAccountNumber }
  devices(first: 10) { totalCount edges { node { serialNumber } } } }`;
interface Seen {
  organization: { name: string } | null;
  accounts: { customerAccountNumber: string }[];
  devices: { totalCount: number; edges: { node: { serialNumber: string } }[] };
}

async function seenBy(token: string): Promise<Seen> {
  const result = await system.graphql<Seen>(SEEN, {}, { token });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const serials = (seen: Seen) => seen.devices.edges.map((e) => e.node.serialNumber).sort();

it("an Administrator sees its organisation's accounts and devices, none of another customer's", async () => {
  const seen = await seenBy(await customer.administrator.signIn());
  expect(seen.organization).toEqual({ name: customer.organization.name });
  expect(seen.accounts.map((a) => a.customerAccountNumber).sort()).toEqual(
    customer.accounts.map((a) => a.customerAccountNumber).sort(),
  );
  expect(serials(seen)).toEqual([devices[0]!.serialNumber, devices[1]!.serialNumber].sort());

  const theirs = await seenBy(await other.administrator.signIn());
  expect(serials(theirs)).toEqual([devices[2]!.serialNumber]);
});

it('a Device Manager sees only the devices assigned to it', async () => {
  const manager = await createUser(system, {
    organization: customer.organization.id,
    grants: [['DEVICE_MANAGER', customer.accounts[0]!]],
    devices: [devices[0]!.id],
  });
  const seen = await seenBy(await manager.signIn());
  expect(serials(seen)).toEqual([devices[0]!.serialNumber]);
});

it('a Stock Manager sees the stock locations assigned to it, with the levels counted in', async () => {
  const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  const level = { sku: 'C-EXV58-M', quantity: 4, minimumLevel: 2, targetLevel: 6 };
  const assigned = await createStockLocation(system, customer.accounts[0]!, {
    levels: [level],
    agentToken: agent,
  });
  await createStockLocation(system, customer.accounts[0]!, { agentToken: agent });
  const manager = await createUser(system, {
    organization: customer.organization.id,
    grants: [['STOCK_MANAGER', customer.accounts[0]!]],
    stockLocations: [assigned.id],
  });
  const result = await system.graphql<{
    stockLocations: {
      id: string;
      name: string;
      levels: { toner: { sku: string }; quantity: number }[];
    }[];
  }>(
    `{ stockLocations { id name levels { toner { sku } quantity } } }`,
    {},
    { token: await manager.signIn() },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.stockLocations).toEqual([
    {
      id: assigned.id,
      name: assigned.name,
      levels: [{ toner: { sku: 'C-EXV58-M' }, quantity: 4 }],
    },
  ]);
});

it('puts an Administrator on the e-mail domain given', async () => {
  const onDomain = await createCustomer(system, { domain: 'builders.example' });
  expect(onDomain.domain).toBe('builders.example');
  expect(onDomain.administrator.email).toMatch(/@builders\.example$/);
  const seen = await seenBy(await onDomain.administrator.signIn());
  expect(seen.organization).toEqual({ name: onDomain.organization.name });
});
