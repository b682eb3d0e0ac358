import { startTestSystem, type TestSystem } from '@portal/testkit';
import { orderInput, serviceOrderApi, TECHNICIAN, visitTime } from '@portal/testkit/service-orders';

/** The staff queue's filters: technician and a text as the caller quotes it. */
let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
let anna: string;
let planner: string;
let tech: string;

beforeAll(async () => {
  system = await startTestSystem();
  api = serviceOrderApi(system);
  [anna, planner, tech] = await Promise.all([
    system.signIn('anna.admin@nordiskprint.example'),
    system.signIn('planner@service.example'),
    system.signIn('tech@service.example'),
  ]);
});
afterAll(async () => {
  await system.stop();
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
    const feeder = await api.ok(anna, 'create', {
      input: orderInput('NP1000005', {
        description: 'Kaffe spildt i dokumentfremføreren',
        errorCode: 'E987654',
      }),
    });
    const other = await api.ok(anna, 'create', {
      input: orderInput('NP1000006', { description: 'Plotteren skærer skævt' }),
    });
    await api.ok(planner, 'acknowledge', { id: feeder.id });
    await api.ok(planner, 'schedule', {
      id: feeder.id,
      visitAt: visitTime(),
      technicianId: TECHNICIAN,
    });

    expect(await ids(planner, { technicianId: TECHNICIAN })).toContain(feeder.id);
    expect(await ids(planner, { technicianId: TECHNICIAN })).not.toContain(other.id);
    expect(await ids(planner, { search: 'dokumentfremfører' })).toEqual([feeder.id]);
    expect(await ids(planner, { search: 'e987654' })).toEqual([feeder.id]);
    expect(await ids(planner, { search: feeder.number })).toEqual([feeder.id]);
    expect(await ids(planner, { search: 'skævt', status: ['SUBMITTED'] })).toEqual([other.id]);
    expect(await ids(planner, { search: 'NP1000006' })).toContain(other.id);
    expect(await ids(planner, { search: 'NP1000006' })).not.toContain(feeder.id);
    // A technician's list holds only its own orders, whatever it filters by.
    expect(await ids(tech, { search: 'skævt' })).toEqual([]);
    expect(await ids(tech, { search: 'dokumentfremfører' })).toEqual([feeder.id]);
    const bad = await system.graphql(LIST, { filter: { search: ' ' } }, { token: planner });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
