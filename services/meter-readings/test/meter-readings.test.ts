import { fromGlobalId, sqlStatementCount, toGlobalId } from '@portal/platform';
import { randomUUID } from 'node:crypto';
import { registerDevice } from '../../devices/src/domain/device.service';
import { addDays, dayIn } from '../src/domain/calendar';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  LARGE_FORMAT_MODEL,
  MONO_A3_MODEL,
  MONO_A4_MODEL,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
  deliverPendingEvents,
} from '@portal/testkit';
import {
  daysFromToday,
  latestValues,
  raised,
  READING_FIELDS,
  submit,
  SUBMIT,
  today,
  type SubmitResult,
} from '@portal/testkit/meter-readings';

let system: TestSystem;
let customer: TestCustomer;
let other: TestCustomer;
/** Tokens: the customer's Administrator, its Device Manager, the other's Administrator, staff. */
let admin: string;
let manager: string;
let otherAdmin: string;
let agent: string;
let store: { id: string };
/** The devices built for these tests, named by what the tests use them for. */
const device: Record<string, { id: string; serialNumber: string }> = {};

interface Model {
  modelId: string;
  billedMeters: string[];
  /** The values of its first reading. */
  start: Record<string, number>;
}
const COLOUR: Model = {
  modelId: COLOUR_A3_MODEL,
  billedMeters: ['TOTAL', 'BLACK', 'COLOUR'],
  start: { TOTAL: 20_000, BLACK: 12_000, COLOUR: 8_000 },
};
const MONO: Model = {
  modelId: MONO_A3_MODEL,
  billedMeters: ['TOTAL', 'BLACK'],
  start: { TOTAL: 20_000, BLACK: 20_000 },
};
const LARGE: Model = {
  modelId: LARGE_FORMAT_MODEL,
  billedMeters: ['TOTAL', 'LARGE_FORMAT'],
  start: { TOTAL: 5_000, LARGE_FORMAT: 5_000 },
};

/** A reading entered by phone for an earlier day: the history a test counts on. */
async function history(id: string, readingDate: string, values: Record<string, number>) {
  const result = await submit(system, agent, {
    deviceId: id,
    readingDate,
    values: Object.entries(values).map(([meter, value]) => ({ meter, value })),
  });
  if (result.userErrors.length > 0) throw new Error(JSON.stringify(result.userErrors));
}

async function buildDevices() {
  const [a, b] = customer.accounts as [TestCustomer['accounts'][0], TestCustomer['accounts'][0]];
  const o = other.accounts[0]!;
  store = await createStockLocation(system, a, { agentToken: agent });
  // Each device's model and how it is contracted besides.
  const plan: [string, typeof a, Model, Record<string, unknown>?][] = [
    ['assigned1', a, COLOUR, { stockLocationId: store.id, eMaintenance: true }],
    ['assigned2', a, MONO],
    ['colour3', a, COLOUR],
    ['colour4', a, COLOUR],
    ['mono5', a, MONO],
    ['largeFormat', a, LARGE],
    ['monitored', b, COLOUR, { eMaintenance: true }],
    ['phone', b, MONO],
    ['plain', b, COLOUR],
    ['theirs1', o, COLOUR],
    ['theirs2', o, COLOUR],
    ['theirs3', o, COLOUR],
  ];
  for (const [name, account, { start, ...model }, extra] of plan) {
    device[name] = await createDevice(system, account, { ...model, ...extra, agentToken: agent });
    await deliverPendingEvents(system);
    // Two months back, then 36 days back: the newest reading is last month's.
    if (name === 'phone') await history(device[name].id, daysFromToday(-66), start);
    const raisedBy = name === 'phone' ? 30_000 : 0;
    await history(
      device[name].id,
      daysFromToday(-36),
      Object.fromEntries(Object.entries(start).map(([m, v]) => [m, v + raisedBy])),
    );
  }
}

beforeAll(async () => {
  // Events are delivered by hand (deliverPendingEvents), so that background polling does not blur
  // the SQL statement counts below. The demo world gives the device models; the demo history
  // test is about its data.
  system = await startTestSystem({ deliverEvents: false });
  await deliverPendingEvents(system);
  [customer, other] = [await createCustomer(system, { accounts: 2 }), await createCustomer(system)];
  agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  await buildDevices();
  const deviceManager = await createUser(system, {
    organization: customer.organization.id,
    name: 'Dina Device Manager',
    grants: [['DEVICE_MANAGER', customer.accounts[0]!]],
    devices: [device.assigned1!.id, device.assigned2!.id],
  });
  await deliverPendingEvents(system);
  [admin, manager, otherAdmin] = await Promise.all(
    [customer.administrator, deviceManager, other.administrator].map((u) => u.signIn()),
  );
}, 180_000);
afterAll(async () => {
  await system?.stop();
});

const serials = (...names: string[]) => names.map((n) => device[n]!.serialNumber).sort();

const codes = (result: SubmitResult) => result.userErrors.map((e) => e.code);

const DUE = `query ($after: String) { meterReadingsDue(first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { serialNumber meterReadingDue { periodStart periodEnd dueDate overdue } } } } }`;
type Due = {
  meterReadingsDue: {
    totalCount: number;
    edges: {
      node: {
        serialNumber: string;
        meterReadingDue: {
          periodStart: string;
          periodEnd: string;
          dueDate: string;
          overdue: boolean;
        };
      };
    }[];
  };
};

// About the demo data itself: the one place this file asserts on the demo world.
describe('the demo history (docs/demo-data.md)', () => {
  it('has twelve monthly readings per device, the newest 30 to 40 days old, none today', async () => {
    const result = await system.graphql<{
      devices: {
        edges: {
          node: {
            serialNumber: string;
            latestMeterReading: { readingDate: string };
            meterReadings: {
              totalCount: number;
              edges: {
                node: { readingDate: string; values: { meter: string; value: number }[] };
              }[];
            };
          };
        }[];
      };
    }>(
      `{ devices(first: 50) { edges { node { serialNumber latestMeterReading { readingDate }
         meterReadings(first: 12) { totalCount edges { node { readingDate values { meter value } } } } } } } }`,
      {},
      { token: agent },
    );
    expect(result.errors).toBeUndefined();
    // Only the demo's devices: the ones built here have a history of their own.
    const devices = result
      .data!.devices.edges.map((e) => e.node)
      .filter((d) => /^(NP|FL)\d+$/.test(d.serialNumber));
    expect(devices).toHaveLength(12);
    for (const device of devices) {
      const readings = device.meterReadings.edges.map((e) => e.node);
      expect(device.meterReadings.totalCount).toBe(12);
      const newest = readings[0]!.readingDate;
      expect(device.latestMeterReading.readingDate).toBe(newest);
      expect(newest <= daysFromToday(-30) && newest >= daysFromToday(-40)).toBe(true);
      // Newest first, one a month, and no counter ever goes down.
      for (let i = 1; i < readings.length; i++) {
        expect(readings[i]!.readingDate < readings[i - 1]!.readingDate).toBe(true);
        for (const { meter, value } of readings[i]!.values)
          expect(readings[i - 1]!.values.find((v) => v.meter === meter)!.value).toBeGreaterThan(
            value,
          );
      }
    }
  });
});

describe('readings due', () => {
  it('lists every device of the caller as due, by serial number', async () => {
    const result = await system.graphql<Due>(DUE, {}, { token: admin });
    expect(result.errors).toBeUndefined();
    const due = result.data!.meterReadingsDue;
    expect(due.totalCount).toBe(9);
    expect(due.edges.map((e) => e.node.serialNumber)).toEqual(
      serials(
        'assigned1',
        'assigned2',
        'colour3',
        'colour4',
        'mono5',
        'largeFormat',
        'monitored',
        'phone',
        'plain',
      ),
    );
    const month = today().slice(0, 7);
    for (const { node } of due.edges) {
      // The newest reading is from an earlier month: this month's (or a missed one) is owed.
      expect(node.meterReadingDue.periodStart <= `${month}-01`).toBe(true);
      expect(node.meterReadingDue.dueDate).toBe(node.meterReadingDue.periodEnd);
      expect(node.meterReadingDue.overdue).toBe(node.meterReadingDue.periodStart < `${month}-01`);
    }
    // Staff see every customer's devices: the twelve built here among them.
    const agentDue = await system.graphql<Due>(DUE, {}, { token: agent });
    const agentSerials = agentDue.data!.meterReadingsDue.edges.map((e) => e.node.serialNumber);
    expect(agentSerials).toEqual(
      expect.arrayContaining(Object.values(device).map((d) => d.serialNumber)),
    );
    const managerDue = await system.graphql<Due>(DUE, {}, { token: manager });
    expect(managerDue.data!.meterReadingsDue.edges.map((e) => e.node.serialNumber)).toEqual(
      serials('assigned1', 'assigned2'),
    );
  });
});

describe('submitting a reading', () => {
  it('accepts an Administrator’s reading and shows it in the history at once', async () => {
    const before = await latestValues(system, admin, device.colour4!.id);
    const result = await submit(system, admin, {
      deviceId: device.colour4!.id,
      values: raised(before.values, 1200),
    });
    expect(result.userErrors).toEqual([]);
    const reading = result.meterReading!;
    expect(reading).toMatchObject({ readingDate: today(), source: 'PORTAL' });
    expect(reading.submittedBy).toMatch(/^user:/);
    expect(reading.values).toEqual([
      { meter: 'TOTAL', value: before.values.TOTAL! + 2400, usageSincePrevious: 2400 },
      { meter: 'BLACK', value: before.values.BLACK! + 1200, usageSincePrevious: 1200 },
      { meter: 'COLOUR', value: before.values.COLOUR! + 1200, usageSincePrevious: 1200 },
    ]);
    const days = Math.round((Date.parse(today()) - Date.parse(before.readingDate)) / 86_400_000);
    expect(reading.averagePerDay).toBe(Math.round(2400 / days));

    const history = await system.graphql<{
      device: {
        latestMeterReading: { id: string };
        meterReadings: { totalCount: number; edges: { node: { id: string } }[] };
        meterReadingDue: unknown;
      };
      meterReadingsDue: { edges: { node: { serialNumber: string } }[] };
    }>(
      `query ($id: ID!) { device(id: $id) { latestMeterReading { id }
         meterReadings(first: 2) { totalCount edges { node { id } } } meterReadingDue { dueDate } }
         meterReadingsDue(first: 100) { edges { node { serialNumber } } } }`,
      { id: device.colour4!.id },
      { token: admin },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.device.latestMeterReading.id).toBe(reading.id);
    expect(history.data!.device.meterReadings.totalCount).toBe(2);
    expect(history.data!.device.meterReadings.edges[0]!.node.id).toBe(reading.id);
    // This month's reading is in: nothing is owed any more.
    expect(history.data!.device.meterReadingDue).toBeNull();
    expect(history.data!.meterReadingsDue.edges.map((e) => e.node.serialNumber)).not.toContain(
      device.colour4!.serialNumber,
    );
  });

  it('publishes an accepted reading for billing, once', async () => {
    const before = await latestValues(system, manager, device.assigned2!.id);
    const { meterReading } = await submit(system, manager, {
      deviceId: device.assigned2!.id,
      values: raised(before.values, 300),
    });
    expect(meterReading).not.toBeNull();
    await deliverPendingEvents(system);
    const readingId = Buffer.from(meterReading!.id, 'base64url').toString().split(':')[1];
    const events: {
      type: string;
      payload: { readings: { readingId: string; serialNumber: string; values: unknown[] }[] };
    }[] = await system.subgraph('meter-readings').dataSource.query(
      `SELECT type, payload FROM event_bus.event WHERE topic = 'meter-readings'
            AND payload->'readings' @> jsonb_build_array(jsonb_build_object('readingId', $1::text))`,
      [readingId],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('MeterReadingsAccepted');
    expect(events[0]!.payload.readings).toHaveLength(1);
    expect(events[0]!.payload.readings[0]!.serialNumber).toBe(device.assigned2!.serialNumber);
    expect(events[0]!.payload.readings[0]!.values).toHaveLength(2);
  });

  it('refuses a value lower than the previous one, naming the meter (LOWER_THAN_PREVIOUS)', async () => {
    const { values } = await latestValues(system, admin, device.colour3!.id);
    const result = await submit(system, admin, {
      deviceId: device.colour3!.id,
      values: [
        { meter: 'TOTAL', value: values.TOTAL! + 10 },
        { meter: 'BLACK', value: values.BLACK! - 1 },
        { meter: 'COLOUR', value: values.COLOUR! + 11 },
      ],
    });
    expect(result.meterReading).toBeNull();
    expect(result.userErrors).toEqual([
      {
        code: 'LOWER_THAN_PREVIOUS',
        field: ['input', 'values', '1', 'value'],
        message: expect.stringContaining('The BLACK meter read'),
      },
    ]);
  });

  it('refuses a second reading on the same day in the device’s time zone (ALREADY_SUBMITTED_TODAY)', async () => {
    const { values } = await latestValues(system, admin, device.colour4!.id);
    const result = await submit(system, admin, {
      deviceId: device.colour4!.id,
      values: raised(values, 10),
    });
    expect(codes(result)).toEqual(['ALREADY_SUBMITTED_TODAY']);
    expect(result.userErrors[0]!.message).toContain("already has today's reading");
  });

  it('dates a reading by the calendar day where the device stands', async () => {
    const id = randomUUID();
    await system.devices.dataSource.transaction((manager) =>
      registerDevice(manager, {
        id,
        serialNumber: 'KI0000001',
        modelId: fromGlobalId('DeviceModel', MONO_A4_MODEL)!,
        accountId: fromGlobalId('Account', customer.accounts[0]!.id)!,
        location: {
          address: 'Ronton, Kiritimati',
          building: null,
          floor: null,
          room: null,
          note: null,
          contactName: null,
          contactPhone: null,
        },
        installedAt: '2025-01-01',
        contract: {
          contractNumber: 'SC-KI-1',
          responseTimeHours: 8,
          billedMeters: ['TOTAL'],
          readingFrequency: 'MONTHLY',
        },
        eMaintenance: false,
        stockLocationId: null,
        timeZone: 'Pacific/Kiritimati',
      }),
    );
    await deliverPendingEvents(system);
    const localToday = dayIn('Pacific/Kiritimati', new Date());
    const input = { deviceId: toGlobalId('Device', id), values: [{ meter: 'TOTAL', value: 10 }] };
    const first = await submit(system, admin, input);
    expect(first.meterReading!.readingDate).toBe(localToday);
    // UTC+14: its today is tomorrow in Copenhagen for most of the day, and it is not the future.
    const again = await submit(system, agent, { ...input, readingDate: localToday });
    expect(codes(again)).toEqual(['ALREADY_SUBMITTED_TODAY']);
    const future = await submit(system, agent, {
      ...input,
      readingDate: addDays(localToday, 1),
    });
    expect(codes(future)).toEqual(['FUTURE_DATE']);
  });

  it('refuses a reading dated in the future (FUTURE_DATE)', async () => {
    const { values } = await latestValues(system, admin, device.mono5!.id);
    const result = await submit(system, admin, {
      deviceId: device.mono5!.id,
      readingDate: daysFromToday(1),
      values: raised(values, 10),
    });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'FUTURE_DATE', field: ['input', 'readingDate'] }),
    ]);
  });

  it('refuses a meter the device is not billed on (UNKNOWN_METER)', async () => {
    const { values } = await latestValues(system, admin, device.mono5!.id);
    const result = await submit(system, admin, {
      deviceId: device.mono5!.id,
      values: [...raised(values, 10), { meter: 'COLOUR', value: 5 }],
    });
    expect(result.userErrors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_METER', field: ['input', 'values', '2', 'meter'] }),
    ]);
  });

  it('refuses a reading without every billed meter (MISSING_METER)', async () => {
    const { values } = await latestValues(system, admin, device.colour3!.id);
    const result = await submit(system, admin, {
      deviceId: device.colour3!.id,
      values: [{ meter: 'TOTAL', value: values.TOTAL! + 10 }],
    });
    expect(codes(result)).toEqual(['MISSING_METER', 'MISSING_METER']);
    expect(result.userErrors.map((e) => e.message)).toEqual([
      expect.stringContaining('Add the BLACK meter'),
      expect.stringContaining('Add the COLOUR meter'),
    ]);
  });

  it('refuses an increase the device cannot have printed (IMPLAUSIBLE_INCREASE)', async () => {
    // The large-format printer does 3 pages a minute: ~160,000 in the 36 days since its last reading.
    const { values } = await latestValues(system, admin, device.largeFormat!.id);
    const result = await submit(system, admin, {
      deviceId: device.largeFormat!.id,
      values: [
        { meter: 'TOTAL', value: values.TOTAL! * 10 + 200_000 },
        { meter: 'LARGE_FORMAT', value: values.LARGE_FORMAT! + 100 },
      ],
    });
    expect(result.userErrors).toEqual([
      {
        code: 'IMPLAUSIBLE_INCREASE',
        field: ['input', 'values', '0', 'value'],
        message: expect.stringMatching(/3-page-per-minute device can print .*extra digit/),
      },
    ]);
  });

  it('refuses a customer’s reading for an earlier day (PAST_DATE)', async () => {
    const { values } = await latestValues(system, admin, device.mono5!.id);
    const result = await submit(system, admin, {
      deviceId: device.mono5!.id,
      readingDate: daysFromToday(-1),
      values: raised(values, 10),
    });
    expect(codes(result)).toEqual(['PAST_DATE']);
  });

  it('refuses readings for a decommissioned device (DEVICE_NOT_ACTIVE), keeping its history', async () => {
    const { values } = await latestValues(system, otherAdmin, device.theirs3!.id);
    const decommissioned = await system.graphql<{
      decommissionDevice: { userErrors: unknown[] };
    }>(
      `mutation ($id: ID!) { decommissionDevice(deviceId: $id, reason: "Scrapped") { userErrors { code } } }`,
      { id: device.theirs3!.id },
      { token: agent },
    );
    expect(decommissioned.data!.decommissionDevice.userErrors).toEqual([]);
    await deliverPendingEvents(system);
    const result = await submit(system, agent, {
      deviceId: device.theirs3!.id,
      values: raised(values, 10),
    });
    expect(codes(result)).toEqual(['DEVICE_NOT_ACTIVE']);
    const history = await system.graphql<{
      device: { meterReadings: { totalCount: number }; meterReadingDue: unknown };
    }>(
      `query ($id: ID!) { device(id: $id) { meterReadings { totalCount } meterReadingDue { dueDate } } }`,
      { id: device.theirs3!.id },
      { token: agent },
    );
    expect(history.data!.device).toEqual({
      meterReadings: { totalCount: 1 },
      meterReadingDue: null,
    });
    const due = await system.graphql<Due>(
      '{ meterReadingsDue(first: 100) { totalCount edges { node { serialNumber } } } }',
      {},
      { token: otherAdmin },
    );
    expect(due.data!.meterReadingsDue.edges.map((e) => e.node.serialNumber)).toEqual(
      serials('theirs1', 'theirs2'),
    );
  });

  it('refuses malformed input (INVALID_INPUT) before looking at the device', async () => {
    const result = await submit(system, admin, {
      deviceId: device.mono5!.id,
      readingDate: today(),
      values: [
        { meter: 'TOTAL', value: -1 },
        { meter: 'TOTAL', value: 5 },
      ],
      idempotencyKey: '',
    });
    expect(result.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['input', 'values', '0', 'value']],
      ['INVALID_INPUT', ['input', 'values', '1', 'meter']],
      ['INVALID_INPUT', ['input', 'idempotencyKey']],
    ]);
  });

  it('refuses a date that does not exist as BAD_USER_INPUT at its field, before any subgraph', async () => {
    const result = await system.graphql(
      SUBMIT,
      {
        input: {
          deviceId: device.mono5!.id,
          readingDate: '2026-02-30',
          values: [{ meter: 'TOTAL', value: 5 }],
        },
      },
      { token: admin },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', field: ['input', 'readingDate'] },
      }),
    ]);
  });
});

describe('who may submit and see readings', () => {
  const assigned = () => device.assigned1!.id;
  const values = [
    { meter: 'TOTAL', value: 99_000_000 },
    { meter: 'BLACK', value: 60_000_000 },
    { meter: 'COLOUR', value: 39_000_000 },
  ];

  const stockManager = () =>
    createUser(system, {
      organization: customer.organization.id,
      name: 'Sofie Stock Manager',
      grants: [['STOCK_MANAGER', customer.accounts[0]!]],
      stockLocations: [store.id],
    });
  const builtUser: Record<string, () => Promise<{ signIn(): Promise<string> }>> = {
    'another organisation’s Administrator': async () => other.administrator,
    'a Stock Manager who sees the device': stockManager,
    'a Self-Service user': () =>
      createUser(system, {
        organization: customer.organization.id,
        name: 'Signe Self-Service',
        grants: [['SELF_SERVICE_USER', customer.accounts[0]!]],
      }),
    'a Device Manager of another account': () =>
      createUser(system, {
        organization: customer.organization.id,
        name: 'Dag Device Manager',
        grants: [['DEVICE_MANAGER', customer.accounts[1]!]],
        devices: [device.phone!.id],
      }),
  };

  it.each(Object.keys(builtUser))('reports the device as not found to %s', async (who) => {
    const user = await builtUser[who]!();
    await deliverPendingEvents(system);
    const token = await user.signIn();
    const result = await submit(system, token, { deviceId: assigned(), values });
    expect(result).toEqual({
      meterReading: null,
      userErrors: [
        {
          code: 'NOT_FOUND',
          field: ['input', 'deviceId'],
          message: expect.stringContaining('No such device'),
        },
      ],
    });
  });

  it('reports an unassigned device as not found to a Device Manager', async () => {
    const result = await submit(system, manager, { deviceId: device.colour3!.id, values });
    expect(codes(result)).toEqual(['NOT_FOUND']);
  });

  it('refuses staff who do not enter readings (FORBIDDEN) and anonymous callers', async () => {
    const planner = await (await createStaffUser(system, 'SERVICE_PLANNER')).signIn();
    const forbidden = await system.graphql(
      `mutation ($input: SubmitMeterReadingInput!) { submitMeterReading(input: $input) { userErrors { code } } }`,
      { input: { deviceId: assigned(), values } },
      { token: planner },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await system.graphql(
      `mutation ($input: SubmitMeterReadingInput!) { submitMeterReading(input: $input) { userErrors { code } } }`,
      { input: { deviceId: assigned(), values } },
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows readings to Administrators, assigned Device Managers and staff only', async () => {
    const query = `query ($id: ID!) { device(id: $id) { serialNumber latestMeterReading { readingDate }
      meterReadings { totalCount } meterReadingDue { dueDate } } }`;
    const stock = await (await stockManager()).signIn();
    const asStock = await system.graphql<{
      device: { serialNumber: string; latestMeterReading: unknown; meterReadings: unknown };
    }>(query, { id: assigned() }, { token: stock });
    expect(asStock.errors).toBeUndefined();
    expect(asStock.data!.device).toEqual({
      serialNumber: device.assigned1!.serialNumber,
      latestMeterReading: null,
      meterReadings: { totalCount: 0 },
      meterReadingDue: null,
    });
    const due = await system.graphql<Due>(DUE, {}, { token: stock });
    expect(due.data!.meterReadingsDue.totalCount).toBe(0);
    for (const token of [admin, manager, agent]) {
      const seen = await system.graphql<{ device: { meterReadings: { totalCount: number } } }>(
        query,
        { id: assigned() },
        { token },
      );
      // Its one reading: every reading submitted for it here was refused.
      expect(seen.data!.device.meterReadings.totalCount).toBe(1);
    }
  });
});

describe('readings by phone (service agent)', () => {
  it('takes a reading for an earlier day between its neighbours and corrects the next one’s usage', async () => {
    const history = async () => {
      const result = await system.graphql<{
        device: {
          meterReadings: {
            edges: {
              node: {
                readingDate: string;
                values: { meter: string; value: number; usageSincePrevious: number }[];
              };
            }[];
          };
        };
      }>(
        `query ($id: ID!) { device(id: $id) { meterReadings(first: 3) { edges { node {
           readingDate values { meter value usageSincePrevious } } } } } }`,
        { id: device.phone!.id },
        { token: agent },
      );
      return result.data!.device.meterReadings.edges.map((e) => e.node);
    };
    const [newest, previous] = await history();
    const day = daysFromToday(-45);
    expect(day > previous!.readingDate && day < newest!.readingDate).toBe(true);
    const between = newest!.values.map(({ meter, value }) => ({
      meter,
      value: value - 500,
    }));

    const tooHigh = await submit(system, agent, {
      deviceId: device.phone!.id,
      readingDate: day,
      values: newest!.values.map(({ meter, value }) => ({ meter, value: value + 1 })),
    });
    expect(codes(tooHigh)).toEqual(['HIGHER_THAN_NEXT', 'HIGHER_THAN_NEXT']);
    const tooLow = await submit(system, agent, {
      deviceId: device.phone!.id,
      readingDate: day,
      values: previous!.values.map(({ meter, value }) => ({ meter, value: value - 1 })),
    });
    expect(codes(tooLow)).toEqual(['LOWER_THAN_PREVIOUS', 'LOWER_THAN_PREVIOUS']);

    const accepted = await submit(system, agent, {
      deviceId: device.phone!.id,
      readingDate: day,
      values: between,
    });
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.meterReading).toMatchObject({ readingDate: day, source: 'PHONE' });
    const [, middle] = await history();
    expect(middle!.readingDate).toBe(day);
    const after = (await history())[0]!;
    // The newest reading now counts from the one entered by phone.
    expect(after.values.map((v) => v.usageSincePrevious)).toEqual([500, 500]);
  });
});

describe('retrying with an idempotency key', () => {
  it('answers a retry with the first answer, and refuses the key for another reading', async () => {
    const { values } = await latestValues(system, otherAdmin, device.theirs1!.id);
    const input = {
      deviceId: device.theirs1!.id,
      values: raised(values, 700),
      idempotencyKey: 'theirs1-month-end',
    };
    const first = await submit(system, otherAdmin, input);
    expect(first.userErrors).toEqual([]);
    const again = await submit(system, otherAdmin, input);
    expect(again).toEqual(first);
    const other = await submit(system, otherAdmin, { ...input, values: raised(values, 701) });
    expect(other.userErrors).toEqual([
      expect.objectContaining({
        code: 'IDEMPOTENCY_KEY_REUSED',
        field: ['input', 'idempotencyKey'],
      }),
    ]);
    // A refusal is the first answer too: a retry gets it again, with nothing stored.
    const lower = { ...input, values: raised(values, -1), idempotencyKey: 'theirs1-typo' };
    const refused = await submit(system, otherAdmin, lower);
    expect(codes(refused)).toEqual(['ALREADY_SUBMITTED_TODAY']);
    expect(await submit(system, otherAdmin, lower)).toEqual(refused);
  });
});

describe('integration keys (e-Maintenance)', () => {
  it('stores readings from an integration key as E_MAINTENANCE for e-Maintenance devices', async () => {
    const created = await system.graphql<{ createApiKey: { secret: string } }>(
      `mutation ($grants: [RoleGrantInput!]!) { createApiKey(name: "e-Maintenance", grants: $grants) { secret } }`,
      {
        grants: [
          {
            role: 'ADMINISTRATOR',
            accountId: customer.accounts[1]!.id,
          },
        ],
      },
      { token: admin },
    );
    const key = created.data!.createApiKey.secret;
    const monitored = await latestValues(system, admin, device.monitored!.id);
    const viaKey = await submit(system, key, {
      deviceId: device.monitored!.id,
      values: raised(monitored.values, 40),
    });
    expect(viaKey.meterReading).toMatchObject({ source: 'E_MAINTENANCE' });
    expect(viaKey.meterReading!.submittedBy).toMatch(/^apiKey:/);
    const plain = await latestValues(system, admin, device.plain!.id);
    const notMonitored = await submit(system, key, {
      deviceId: device.plain!.id,
      values: raised(plain.values, 40),
    });
    expect(notMonitored.meterReading).toMatchObject({ source: 'PORTAL' });
    const otherAccount = await submit(system, key, {
      deviceId: device.mono5!.id,
      values: raised((await latestValues(system, admin, device.mono5!.id)).values, 40),
    });
    expect(codes(otherAccount)).toEqual(['NOT_FOUND']);
  });
});

describe('bulk submission', () => {
  it('answers every input by its index, by the same rules', async () => {
    const { values } = await latestValues(system, admin, device.mono5!.id);
    const result = await system.graphql<{
      submitMeterReadings: {
        accepted: number;
        rejected: number;
        results: {
          index: number;
          meterReading: { readingDate: string } | null;
          userErrors: { code: string; field: string[] }[];
        }[];
      };
    }>(
      `mutation ($inputs: [SubmitMeterReadingInput!]!) { submitMeterReadings(inputs: $inputs) {
         accepted rejected results { index meterReading { ${READING_FIELDS} } userErrors { code field } } } }`,
      {
        inputs: [
          { deviceId: device.mono5!.id, values: raised(values, 50) },
          { deviceId: device.mono5!.id, values: raised(values, 60) },
          { deviceId: device.theirs2!.id, values: raised(values, 60) },
          { deviceId: 'not-an-id', values: raised(values, 60) },
        ],
      },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data!.submitMeterReadings;
    expect(payload.accepted).toBe(1);
    expect(payload.rejected).toBe(3);
    expect(payload.results.map((r) => [r.index, r.meterReading?.readingDate ?? null])).toEqual([
      [0, today()],
      [1, null],
      [2, null],
      [3, null],
    ]);
    expect(payload.results.slice(1).map((r) => r.userErrors[0])).toEqual([
      { code: 'ALREADY_SUBMITTED_TODAY', field: ['inputs', '1', 'readingDate'] },
      { code: 'NOT_FOUND', field: ['inputs', '2', 'deviceId'] },
      { code: 'NOT_FOUND', field: ['inputs', '3', 'deviceId'] },
    ]);
  });

  it('refuses more than 1000 inputs in one call', async () => {
    const input = { deviceId: device.mono5!.id, values: [{ meter: 'TOTAL', value: 1 }] };
    const result = await system.graphql(
      `mutation ($inputs: [SubmitMeterReadingInput!]!) { submitMeterReadings(inputs: $inputs) { accepted } }`,
      { inputs: Array.from({ length: 1001 }, () => input) },
      { token: admin },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('batching', () => {
  async function statementsFor(first: number): Promise<number> {
    const before = sqlStatementCount('meter-readings');
    const result = await system.graphql<{ devices: { edges: unknown[] } }>(
      `query ($first: Int) { devices(first: $first) { edges { node { serialNumber
         latestMeterReading { readingDate values { meter value } averagePerDay }
         meterReadingDue { dueDate overdue }
         meterReadings(first: 3) { totalCount edges { node { readingDate values { value } } } } } } } }`,
      { first },
      { token: agent },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.devices.edges).toHaveLength(first);
    return sqlStatementCount('meter-readings') - before;
  }

  it('costs the same number of SQL statements for 10 devices as for 2', async () => {
    await statementsFor(2);
    const two = await statementsFor(2);
    const ten = await statementsFor(10);
    expect(ten).toBe(two);
    expect(two).toBeLessThanOrEqual(8);
  });
});
