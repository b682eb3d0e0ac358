import { randomUUID } from 'node:crypto';
import { fromGlobalId, toGlobalId } from '@portal/platform';
import { createStaffUser, MONO_A4_MODEL, startTestSystem, type TestSystem } from '@portal/testkit';

const DEVICES = 10_000;
const ACCOUNT = randomUUID();

let system: TestSystem;
let agent: string;

beforeAll(async () => {
  // The demo database for its model catalogue; the account and its devices are this test's own.
  system = await startTestSystem({ deliverEvents: false });
  // One statement, in random physical order so that insertion order cannot pass for sorting;
  // install dates repeat (every 365th device), so the date order needs its tie-breaker.
  await system.devices.dataSource.query(
    `INSERT INTO devices.device (id, serial_number, model_id, account_id, status, installed_at,
       e_maintenance, revision, location_address, contract_number, contract_response_time_hours,
       contract_billed_meters, contract_reading_frequency)
     SELECT gen_random_uuid(), 'BULK' || lpad(n::text, 5, '0'), $1, $2, 'ACTIVE',
       date '2024-01-01' + (n % 365), false, 1, 'Bulkvej ' || n, 'SC-BULK-' || n, 8,
       ARRAY['TOTAL', 'BLACK'], 'MONTHLY'
     FROM generate_series(1, $3::int) AS n ORDER BY random()`,
    [fromGlobalId('DeviceModel', MONO_A4_MODEL), ACCOUNT, DEVICES],
  );
  agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
});
afterAll(async () => {
  await system.stop();
});

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { serialNumber: string; installedAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of the account's devices, 100 at a time (the server's maximum). */
async function pageThrough(orderBy: 'SERIAL_NUMBER' | 'INSTALLED_AT'): Promise<Page[]> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const result: { data?: { devices: Page } | null; errors?: unknown } = await system.graphql<{
      devices: Page;
    }>(
      `query ($filter: DeviceFilter, $after: String, $orderBy: DeviceOrder) {
         devices(filter: $filter, first: 100, after: $after, orderBy: $orderBy) {
           totalCount edges { cursor node { serialNumber installedAt } } pageInfo { hasNextPage endCursor } } }`,
      { filter: { accountId: toGlobalId('Account', ACCOUNT) }, after, orderBy },
      { token: agent },
    );
    expect(result.errors).toBeUndefined();
    const page = result.data!.devices;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return pages;
}

const bySerial = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('paging through a 10,000-device account', () => {
  it('returns each device exactly once, by serial number, 100 a page', async () => {
    const pages = await pageThrough('SERIAL_NUMBER');
    expect(pages).toHaveLength(DEVICES / 100);
    expect(pages.every((p) => p.totalCount === DEVICES && p.edges.length === 100)).toBe(true);
    expect(pages.at(-1)!.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    const serials = pages.flatMap((p) => p.edges.map((e) => e.node.serialNumber));
    expect(new Set(serials).size).toBe(DEVICES);
    expect(serials).toEqual([...serials].sort(bySerial));
    expect(serials[0]).toBe('BULK00001');
    expect(serials.at(-1)).toBe('BULK10000');
  });

  it('returns each device exactly once by install date, ties broken by serial number', async () => {
    const pages = await pageThrough('INSTALLED_AT');
    const rows = pages.flatMap((p) => p.edges.map((e) => e.node));
    expect(new Set(rows.map((r) => r.serialNumber)).size).toBe(DEVICES);
    const key = (r: { installedAt: string; serialNumber: string }) =>
      `${r.installedAt} ${r.serialNumber}`;
    expect(rows.map(key)).toEqual(rows.map(key).sort(bySerial));
  });

  it('never returns more than 100 devices a page, even when asked for more', async () => {
    const result = await system.graphql<{ devices: Page }>(
      `query ($filter: DeviceFilter) { devices(filter: $filter, first: 250) {
         totalCount edges { node { serialNumber } } pageInfo { hasNextPage } } }`,
      { filter: { accountId: toGlobalId('Account', ACCOUNT) } },
      { token: agent },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.devices.edges).toHaveLength(100);
    expect(result.data!.devices.pageInfo.hasNextPage).toBe(true);
  });
});
