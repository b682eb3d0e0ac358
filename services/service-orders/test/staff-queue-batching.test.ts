import { randomUUID } from 'node:crypto';
import { fromGlobalId, sqlStatementCount } from '@portal/platform';
import { ServiceOrder } from '../src/entities/service-order.entity';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';

let system: TestSystem;
let token: string;
const SUBGRAPHS = ['service-orders', 'devices', 'identity'];
const statements = () => SUBGRAPHS.reduce((sum, name) => sum + sqlStatementCount(name), 0);

beforeAll(async () => {
  // Resolve the principal on every request, so that both pages pay the same fixed cost.
  // No event delivery either: its background polling would be counted too.
  system = await startTestSystem({ principalCacheMs: 0, deliverEvents: false });
  const dataSource = system.subgraph('service-orders').dataSource;
  // The builders deliver their events by hand; the demo world gives only the device models.
  const customer = await createCustomer(system);
  const agent = await createStaffUser(system, 'SERVICE_AGENT');
  token = await agent.signIn();
  const devices: { id: string }[] = [];
  for (let n = 0; n < 12; n++)
    devices.push(await createDevice(system, customer.accounts[0]!, { agentToken: token }));
  // 60 orders whose response is overdue, spread over the devices built here (S5's queue).
  const now = Date.now();
  await dataSource.getRepository(ServiceOrder).insert(
    Array.from({ length: 60 }, (_, n) => {
      const dueAt = new Date(now - (n + 1) * 3_600_000);
      return {
        id: randomUUID(),
        deviceId: fromGlobalId('Device', devices[n % devices.length]!.id)!,
        type: 'MAINTENANCE' as const,
        status: 'SUBMITTED' as const,
        channel: 'PHONE' as const,
        description: `Queue order ${n}`,
        errorCode: null,
        contactName: 'Queue Tester',
        contactPhone: '+45 33 12 34 56',
        contactEmail: null,
        calendar: 'DK',
        submittedAt: new Date(dueAt.getTime() - 8 * 3_600_000),
        receivedAt: new Date(dueAt.getTime() - 8 * 3_600_000),
        responseTimeHours: 8,
        responseDueAt: dueAt,
        respondedAt: null,
        scheduledVisitAt: null,
        technicianId: null,
        technicianName: null,
        createdBy: 'system:test',
      };
    }),
  );
}, 180_000);
afterAll(async () => {
  await system?.stop();
});

interface Queue {
  serviceOrders: {
    totalCount: number;
    edges: { node: { responseOverdue: boolean; device: { serialNumber: string } } }[];
  };
}

async function statementsForQueue(first: number): Promise<{ count: number; queue: Queue }> {
  const before = statements();
  const result = await system.graphql<Queue>(
    `query ($first: Int) { serviceOrders(filter: { overdue: true }, first: $first) { totalCount
       edges { node { number status type responseDueAt responseOverdue device { serialNumber } } } } }`,
    { first },
    { token },
  );
  expect(result.errors).toBeUndefined();
  return { count: statements() - before, queue: result.data! };
}

it('costs the same number of SQL statements for 50 overdue orders as for 5', async () => {
  await statementsForQueue(5); // warm-up: connections and prepared metadata
  const five = await statementsForQueue(5);
  const fifty = await statementsForQueue(50);
  expect(five.queue.serviceOrders.edges).toHaveLength(5);
  expect(fifty.queue.serviceOrders.edges).toHaveLength(50);
  expect(fifty.queue.serviceOrders.totalCount).toBeGreaterThanOrEqual(60);
  for (const { node } of fifty.queue.serviceOrders.edges) {
    expect(node.responseOverdue).toBe(true);
    expect(node.device.serialNumber).toEqual(expect.any(String));
  }
  expect(fifty.count).toBe(five.count);
  // The count, the page, the page's devices (one batch) and the principal.
  expect(five.count).toBeLessThanOrEqual(4);
});
