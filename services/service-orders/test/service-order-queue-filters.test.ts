import {
  createCustomer,
  createDevice,
  createStaffUser,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';
import { orderFor, serviceOrderApi, visitTime } from '@portal/testkit/service-orders';

/** The staff queue's filters: technician and a text as the caller quotes it. */
let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
let admin: string;
let planner: string;
let tech: string;
/** The technician's global id. */
let technician: string;
/** Two of the customer's devices: the first for the feeder order, the second for the other. */
let feederDevice: { id: string; serialNumber: string };
let otherDevice: { id: string; serialNumber: string };

beforeAll(async () => {
  // The demo world gives the device models; the customer, staff and devices are built here.
  system = await startTestSystem();
  api = serviceOrderApi(system);
  const customer = await createCustomer(system);
  const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  feederDevice = await createDevice(system, customer.accounts[0]!, { agentToken: agent });
  otherDevice = await createDevice(system, customer.accounts[0]!, { agentToken: agent });
  const technicianUser = await createStaffUser(system, 'TECHNICIAN');
  technician = technicianUser.id;
  [admin, planner, tech] = await Promise.all(
    [customer.administrator, await createStaffUser(system, 'SERVICE_PLANNER'), technicianUser].map(
      (user) => user.signIn(),
    ),
  );
}, 180_000);
afterAll(async () => {
  await system?.stop();
});

const LIST = `query ($filter: ServiceOrderFilter) { serviceOrders(filter: $filter, first: 100) {
  totalCount edges { node { id number description } } } }`;

async function ids(token: string, filter: Record<string, unknown>): Promise<string[]> {
  const result = await system.graphql<{
    serviceOrders: { edges: { node: { id: string } }[] };
  }>(LIST, { filter }, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.serviceOrders.edges.map((e) => e.node.id);
}

describe('serviceOrders filter: technicianId and search', () => {
  it('narrows to a technician and to a number, words of the problem, an error code or a serial', async () => {
    const feeder = await api.ok(admin, 'create', {
      input: orderFor(feederDevice.id, {
        description: 'Kaffe spildt i dokumentfremføreren',
        errorCode: 'E987654',
      }),
    });
    const other = await api.ok(admin, 'create', {
      input: orderFor(otherDevice.id, { description: 'Plotteren skærer skævt' }),
    });
    await api.ok(planner, 'acknowledge', { id: feeder.id });
    await api.ok(planner, 'schedule', {
      id: feeder.id,
      visitAt: visitTime(),
      technicianId: technician,
    });

    expect(await ids(planner, { technicianId: technician })).toContain(feeder.id);
    expect(await ids(planner, { technicianId: technician })).not.toContain(other.id);
    expect(await ids(planner, { search: 'dokumentfremfører' })).toEqual([feeder.id]);
    expect(await ids(planner, { search: 'e987654' })).toEqual([feeder.id]);
    expect(await ids(planner, { search: feeder.number })).toEqual([feeder.id]);
    expect(await ids(planner, { search: 'skævt', status: ['SUBMITTED'] })).toEqual([other.id]);
    expect(await ids(planner, { search: otherDevice.serialNumber })).toContain(other.id);
    expect(await ids(planner, { search: otherDevice.serialNumber })).not.toContain(feeder.id);
    // A technician's list holds only its own orders, whatever it filters by.
    expect(await ids(tech, { search: 'skævt' })).toEqual([]);
    expect(await ids(tech, { search: 'dokumentfremfører' })).toEqual([feeder.id]);
    const bad = await system.graphql(LIST, { filter: { search: ' ' } }, { token: planner });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
