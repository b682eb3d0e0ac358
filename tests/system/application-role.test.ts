import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureApplicationRole, fromGlobalId } from '@portal/platform';
import { createTestDatabase, type TestDatabase } from '@portal/devkit';
import {
  createCustomer,
  createDevice,
  createUser,
  startTestSystem,
  subgraphUrlsOf,
  type TestCustomer,
  type TestSystem,
  type TestUser,
} from '@portal/testkit';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway';

/**
 * Defence in depth: the subgraphs connect as a role that reads and writes rows and nothing
 * else. The whole system runs on it (reads, a write, its event delivered); the role cannot
 * change the schema, is not a superuser, owns nothing and cannot bypass row-level security.
 */

let owner: TestDatabase;
let system: TestSystem;
let second: RunningGateway;
let appUrl: string;
/** Built through the role: a customer with a device, and its Self-Service user. */
let customer: TestCustomer;
let device: { id: string; serialNumber: string };
let selfService: TestUser;
/** A user's fair-use budget per window, small enough to spend in a test. */
const USER_BUDGET = 1000;
const role = `portal_app_${randomBytes(4).toString('hex')}`;

async function asRole<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
const refusal = (sql: string) =>
  asRole(sql).then(
    () => 'done',
    (error: { code?: string }) => error.code,
  );

beforeAll(async () => {
  // The demo database for its device models; the test builds what it signs in as and changes.
  owner = await createTestDatabase({ demo: true });
  appUrl = await ensureApplicationRole(owner.url, {
    role,
    password: randomBytes(18).toString('base64url'),
  });
  // The subgraphs get the role's URL; the test system drops the database through the owner.
  const fairUse = { windowSeconds: 60, user: USER_BUDGET };
  system = await startTestSystem({
    database: { url: appUrl, drop: () => owner.drop() },
    fairUse,
  });
  // A second gateway replica, on the role too: the fair-use table the owner's migration made.
  second = await startGateway({
    port: 0,
    subgraphUrls: subgraphUrlsOf(system),
    databaseUrl: appUrl,
    fairUse,
  });
  customer = await createCustomer(system);
  device = await createDevice(system, customer.accounts[0]!);
  selfService = await createUser(system, {
    organization: customer.organization.id,
    grants: [['SELF_SERVICE_USER', customer.accounts[0]!]],
  });
}, 120_000);
afterAll(async () => {
  await second?.stop();
  await system?.stop();
});

describe('the application role', () => {
  it('is neither superuser nor owner, and cannot bypass row-level security', async () => {
    const [me] = await asRole<Record<string, unknown>>(
      `SELECT current_user AS name, rolsuper, rolcreatedb, rolcreaterole, rolbypassrls,
         (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS owned_tables,
         (SELECT count(*)::int FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) AS owned_schemas
       FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({
      name: role,
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
      owned_tables: 0,
      owned_schemas: 0,
    });
  });

  it('cannot change the schema: no DROP, ALTER, TRUNCATE, CREATE or disabling row security', async () => {
    // 42501 insufficient_privilege
    expect(await refusal('DROP TABLE devices.device')).toBe('42501');
    expect(await refusal('ALTER TABLE identity.organization ADD COLUMN x int')).toBe('42501');
    expect(await refusal('ALTER TABLE toner.shipment DISABLE ROW LEVEL SECURITY')).toBe('42501');
    expect(await refusal('TRUNCATE meter_readings.meter_reading')).toBe('42501');
    expect(await refusal('CREATE TABLE devices.intruder (id int)')).toBe('42501');
    expect(await refusal('CREATE SCHEMA intruder')).toBe('42501');
    expect(await asRole('SELECT count(*) FROM devices.device')).toHaveLength(1);
  });

  it('runs the system: sign-in, reads, a change and its event', async () => {
    const admin = await customer.administrator.signIn();
    const devices = await system.graphql<{ devices: { totalCount: number } }>(
      '{ devices { totalCount } }',
      {},
      { token: admin },
    );
    expect(devices.data?.devices.totalCount).toBeGreaterThan(0);

    const serial = device.serialNumber;
    const { data } = await system.graphql<{ deviceBySerialNumber: { id: string } }>(
      'query ($s: String!) { deviceBySerialNumber(serialNumber: $s) { id } }',
      { s: serial },
      { token: admin },
    );
    const moved = await system.graphql<{
      updateDeviceLocation: { device: { location: { address: string } }; userErrors: unknown[] };
    }>(
      `mutation ($id: ID!) { updateDeviceLocation(deviceId: $id, location: { address: "Rollevej 1, 2100 København Ø" }) {
        device { location { address } } userErrors { code } } }`,
      { id: data!.deviceBySerialNumber.id },
      { token: admin },
    );
    expect(moved.data?.updateDeviceLocation).toEqual({
      device: { location: { address: 'Rollevej 1, 2100 København Ø' } },
      userErrors: [],
    });
    // The relay publishes the change through the bus as the role; a consumer applies it.
    const published = async () => {
      await system.devices.relay.flush();
      for (const name of ['meter-readings', 'toner'])
        for (const consumer of system.subgraph(name).consumers) await consumer.flush();
      return asRole<{ n: number }>(
        `SELECT count(*)::int AS n FROM event_bus.event
         WHERE payload::text LIKE '%Rollevej 1%'`,
      );
    };
    expect((await published())[0]!.n).toBe(1);
  });

  it("counts fair use in the owner's table, so two gateway replicas share one budget", async () => {
    const token = await selfService.signIn();
    // Asked before the burst (as staying under a budget would), for the key it is counted under.
    const me = await system.graphql<{ me: { id: string } }>('{ me { id } }', {}, { token });
    const ask = (url: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ devices(first: 10) { edges { node { id } } } }' }),
      });
    const statuses: number[] = [];
    let cost = 0;
    for (let i = 0; i < 40 && statuses.at(-1) !== 429; i++) {
      const answer = await ask(i % 2 === 0 ? system.gateway.url : second.url);
      statuses.push(answer.status);
      const left = Number(/;r=(\d+)/.exec(answer.headers.get('ratelimit') ?? '')?.[1]);
      if (i === 0) cost = USER_BUDGET - left;
    }
    expect(cost).toBeGreaterThan(1);
    expect(statuses.at(-1)).toBe(429);
    // As many as fit in one budget, never a budget per replica (that would be 2 * fit): a
    // replica learns of the other's spending with its own next write, so one loaded by other
    // work may let a few more through.
    const fit = Math.floor(USER_BUDGET / cost);
    expect(statuses.length - 1).toBeGreaterThanOrEqual(fit);
    expect(statuses.length - 1).toBeLessThan(2 * fit);
    expect((await ask(second.url)).status).toBe(429);
    // The first replica too, at the latest once its next write has told it the other's spending.
    const later: number[] = [];
    while (later.length < 3 && later.at(-1) !== 429)
      later.push((await ask(system.gateway.url)).status);
    expect(later.at(-1)).toBe(429);
    // Counted in the table the owner made, which the role may only read and write.
    const rows = await asRole<{ points: number }>(
      `SELECT points FROM gateway.fair_use WHERE key = 'fair-use:u:${fromGlobalId('User', me.data!.me.id)}'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.points).toBeGreaterThanOrEqual(fit * cost);
    expect(await refusal('DROP TABLE gateway.fair_use')).toBe('42501');
  });
});
