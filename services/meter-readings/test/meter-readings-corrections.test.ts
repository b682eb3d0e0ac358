import { randomUUID } from 'node:crypto';
import {
  COLOUR_A3_MODEL,
  COLOUR_A4_MODEL,
  createCustomer,
  createDevice,
  createStaffUser,
  createStockLocation,
  createUser,
  LARGE_FORMAT_MODEL,
  MONO_A3_MODEL,
  MONO_A4_MODEL,
  startTestSystem,
  type TestSystem,
  deliverPendingEvents,
} from '@portal/testkit';
import {
  latestValues,
  phoneInReadings,
  raised,
  READING_FIELDS,
  submit,
  today,
  type UserErrorShape,
  type Value,
} from '@portal/testkit/meter-readings';

/**
 * Issue 21: the service centre corrects or voids an accepted reading with a reason (history,
 * billing event, usage and due period follow), and reviews increases customers confirmed.
 */
let system: TestSystem;
const tokens: Record<string, string> = {};

/** Each kind of device built here: its model, its meters' first reading and a month's pages. */
const KINDS = {
  colourA3: {
    modelId: COLOUR_A3_MODEL,
    first: { TOTAL: 250_000, BLACK: 170_000, COLOUR: 80_000 },
    monthly: { TOTAL: 9_000, BLACK: 6_000, COLOUR: 3_000 },
  },
  monoA3: {
    modelId: MONO_A3_MODEL,
    first: { TOTAL: 600_000, BLACK: 600_000 },
    monthly: { TOTAL: 16_000, BLACK: 16_000 },
  },
  colourA4: {
    modelId: COLOUR_A4_MODEL,
    first: { TOTAL: 50_000, BLACK: 35_000, COLOUR: 15_000 },
    monthly: { TOTAL: 2_000, BLACK: 1_400, COLOUR: 600 },
  },
  monoA4: {
    modelId: MONO_A4_MODEL,
    first: { TOTAL: 80_000, BLACK: 80_000 },
    monthly: { TOTAL: 3_500, BLACK: 3_500 },
  },
  largeFormat: {
    modelId: LARGE_FORMAT_MODEL,
    first: { TOTAL: 6_000, LARGE_FORMAT: 6_000 },
    monthly: { TOTAL: 200, LARGE_FORMAT: 200 },
  },
} satisfies Record<
  string,
  { modelId: string; first: Record<string, number>; monthly: Record<string, number> }
>;

/**
 * The customer's devices (global ids), each with three monthly readings, the newest 35 days ago
 * (so each owes this month's): `colour` and `mono` are the Device Manager's, `mono` stands at the
 * Stock Manager's store.
 */
const devices = {} as Record<
  'colour' | 'mono' | 'voided' | 'colourA4' | 'monoA4' | 'largeFormat',
  string
>;

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  system = await startTestSystem({ deliverEvents: false });
  await deliverPendingEvents(system);
  const customer = await createCustomer(system);
  const account = customer.accounts[0]!;
  const other = await createCustomer(system);
  const agent = await createStaffUser(system, 'SERVICE_AGENT');
  tokens.agent = await agent.signIn();
  const store = await createStockLocation(system, account, { agentToken: tokens.agent });
  // The A3 devices send e-Maintenance readings, as a device at a store must.
  for (const [name, kind, eMaintenance, stockLocationId] of [
    ['colour', 'colourA3', true, null],
    ['mono', 'monoA3', true, store.id],
    ['voided', 'colourA3', true, null],
    ['colourA4', 'colourA4', false, null],
    ['monoA4', 'monoA4', false, null],
    ['largeFormat', 'largeFormat', false, null],
  ] as const) {
    const { modelId, first, monthly } = KINDS[kind];
    const { id } = await createDevice(system, account, {
      agentToken: tokens.agent,
      modelId,
      eMaintenance,
      stockLocationId,
      billedMeters: Object.keys(first),
    });
    devices[name] = id;
    await phoneInReadings(
      system,
      tokens.agent,
      id,
      [2, 1, 0].map((monthsBack) => ({
        daysAgo: 35 + 30 * monthsBack,
        values: Object.fromEntries(
          Object.entries(first).map(([meter, value]) => [
            meter,
            value + (2 - monthsBack) * monthly[meter as keyof typeof monthly],
          ]),
        ),
      })),
    );
  }
  const users = {
    anna: customer.administrator,
    dennis: await createUser(system, {
      organization: customer.organization.id,
      name: 'Dennis Device Manager',
      grants: [['DEVICE_MANAGER', account]],
      devices: [devices.colour, devices.mono],
    }),
    sara: await createUser(system, {
      organization: customer.organization.id,
      name: 'Sara Stock Manager',
      grants: [['STOCK_MANAGER', account]],
      stockLocations: [store.id],
    }),
    sune: await createUser(system, {
      organization: customer.organization.id,
      name: 'Sune Self-Service',
      grants: [['SELF_SERVICE_USER', account]],
    }),
    bo: other.administrator,
    planner: await createStaffUser(system, 'SERVICE_PLANNER'),
    tech: await createStaffUser(system, 'TECHNICIAN'),
  };
  for (const [name, user] of Object.entries(users)) tokens[name] = await user.signIn();
}, 120_000);
afterAll(async () => {
  await system.stop();
});

interface Reading {
  id: string;
  readingDate: string;
  values: { meter: string; value: number; usageSincePrevious: number | null }[];
}
interface Correction {
  kind: string;
  readingId: string;
  readingDate: string;
  reason: string;
  previousValues: Value[];
  values: Value[];
  correctedBy: string;
  correctedByName: string | null;
}
interface CorrectResult {
  meterReading: Reading | null;
  correction: Correction | null;
  userErrors: UserErrorShape[];
}

const CORRECTION_FIELDS = `kind readingId readingDate reason previousValues { meter value }
  values { meter value } correctedBy correctedByName`;
const PAYLOAD = `meterReading { ${READING_FIELDS} } correction { ${CORRECTION_FIELDS} }
  userErrors { code field message }`;
const CORRECT = `mutation ($input: CorrectMeterReadingInput!) { correctMeterReading(input: $input) { ${PAYLOAD} } }`;
const VOID = `mutation ($input: VoidMeterReadingInput!) { voidMeterReading(input: $input) { ${PAYLOAD} } }`;
const HISTORY = `query ($id: ID!) { device(id: $id) {
  latestMeterReading { id readingDate }
  meterReadingDue { periodStart }
  meterReadings(first: 3) { totalCount edges { node { ${READING_FIELDS}
    corrections { ${CORRECTION_FIELDS} } } } }
  meterReadingCorrections { ${CORRECTION_FIELDS} } } }`;
const TO_REVIEW = `{ meterReadingsToReview(first: 100) { totalCount edges { node { id needsReview
  increaseConfirmed device { id } } } } }`;
const REVIEWED = `mutation ($id: ID!) { markMeterReadingReviewed(readingId: $id) {
  meterReading { id needsReview reviewedBy } userErrors { code field } } }`;

async function call<T>(query: string, variables: Record<string, unknown>, token?: string) {
  return system.graphql<T>(query, variables, { token });
}

async function correct(input: Record<string, unknown>, token = tokens.agent!) {
  const result = await call<{ correctMeterReading: CorrectResult }>(CORRECT, { input }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.correctMeterReading;
}

async function voidReading(input: Record<string, unknown>, token = tokens.agent!) {
  const result = await call<{ voidMeterReading: CorrectResult }>(VOID, { input }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.voidMeterReading;
}

interface History {
  latestMeterReading: { id: string; readingDate: string } | null;
  meterReadingDue: { periodStart: string } | null;
  meterReadings: {
    totalCount: number;
    edges: { node: Reading & { corrections: Correction[] } }[];
  };
  meterReadingCorrections: Correction[];
}

async function history(device: string, token: string): Promise<History | null> {
  const result = await call<{ device: History | null }>(HISTORY, { id: device }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.device;
}

async function correctedEvents(readingGlobalId: string) {
  const localId = Buffer.from(readingGlobalId, 'base64url').toString().split(':')[1]!;
  const rows: { type: string; version: number; payload: Record<string, unknown> }[] = await system
    .subgraph('meter-readings')
    .dataSource.query(
      `SELECT type, version, payload FROM meter_readings.outbox
        WHERE aggregate_id = $1 AND type = 'MeterReadingCorrected' ORDER BY position`,
      [localId],
    );
  return rows;
}

const byMeter = (values: { meter: string; value: number }[]) =>
  Object.fromEntries(values.map((v) => [v.meter, v.value]));
const lowered = (values: Record<string, number>, by: number): Value[] =>
  Object.entries(values).map(([meter, value]) => ({ meter, value: value - by }));

describe('correcting a reading', () => {
  it('corrects the newest reading with a reason: history, who, usage and one event', async () => {
    const before = await history(devices.mono, tokens.anna!);
    const [newest, previous] = before!.meterReadings.edges.map((e) => e.node);
    const values = lowered(byMeter(newest!.values), 7);
    const result = await correct({ readingId: newest!.id, values, reason: 'Typed 7 too many' });
    expect(result.userErrors).toEqual([]);
    expect(result.correction).toMatchObject({
      kind: 'CORRECTED',
      readingId: newest!.id,
      reason: 'Typed 7 too many',
      previousValues: newest!.values.map(({ meter, value }) => ({ meter, value })),
      values,
      correctedBy: expect.stringMatching(/^user:/),
      correctedByName: expect.any(String),
    });
    const usage = byMeter(previous!.values);
    for (const v of result.meterReading!.values)
      expect(v.usageSincePrevious).toBe(v.value - usage[v.meter]!);

    // The customer's Administrator sees the corrected values and the correction.
    const after = await history(devices.mono, tokens.anna!);
    const shown = after!.meterReadings.edges[0]!.node;
    expect(byMeter(shown.values)).toEqual(byMeter(values));
    expect(shown.corrections).toHaveLength(1);
    expect(after!.meterReadingCorrections[0]).toMatchObject({
      kind: 'CORRECTED',
      reason: 'Typed 7 too many',
    });

    const events = await correctedEvents(newest!.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      version: 1,
      payload: { kind: 'CORRECTED', reason: 'Typed 7 too many', following: null },
    });
  });

  it('corrects a reading between two others; the next reading’s usage follows', async () => {
    const before = await history(devices.colourA4, tokens.agent!);
    const [newest, middle] = before!.meterReadings.edges.map((e) => e.node);
    const values = lowered(byMeter(middle!.values), 3);
    const result = await correct({ readingId: middle!.id, values, reason: 'Misread by phone' });
    expect(result.userErrors).toEqual([]);
    const after = await history(devices.colourA4, tokens.agent!);
    const next = after!.meterReadings.edges[0]!.node;
    expect(next.id).toBe(newest!.id);
    for (const v of next.values)
      expect(v.usageSincePrevious).toBe(
        newest!.values.find((n) => n.meter === v.meter)!.usageSincePrevious! + 3,
      );
    const [event] = await correctedEvents(middle!.id);
    expect((event!.payload.following as { readingId: string }).readingId).toBeDefined();
  });

  it('refuses a correction that would make the series decrease, at the field', async () => {
    const before = await history(devices.monoA4, tokens.agent!);
    const [newest, middle, oldest] = before!.meterReadings.edges.map((e) => e.node);
    const belowPrevious = middle!.values.map((v, i) => ({
      meter: v.meter,
      value: i === 0 ? byMeter(oldest!.values)[v.meter]! - 1 : v.value,
    }));
    const low = await correct({ readingId: middle!.id, values: belowPrevious, reason: 'x' });
    expect(low.userErrors).toEqual([
      {
        code: 'LOWER_THAN_PREVIOUS',
        field: ['input', 'values', '0', 'value'],
        message: expect.any(String),
      },
    ]);
    const aboveNext = middle!.values.map((v, i) => ({
      meter: v.meter,
      value: i === 0 ? byMeter(newest!.values)[v.meter]! + 1 : v.value,
    }));
    const high = await correct({ readingId: middle!.id, values: aboveNext, reason: 'x' });
    expect(high.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['HIGHER_THAN_NEXT', ['input', 'values', '0', 'value']],
    ]);
    const noReason = await correct({
      readingId: middle!.id,
      values: middle!.values.map(({ meter, value }) => ({ meter, value: value - 1 })),
      reason: ' ',
    });
    expect(noReason.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['input', 'reason']],
    ]);
    expect(await correctedEvents(middle!.id)).toHaveLength(0);
  });
});

describe('voiding a reading', () => {
  it('voids today’s reading: history, latest reading and the due period follow', async () => {
    const { values } = await latestValues(system, tokens.agent!, devices.voided);
    const submitted = await submit(system, tokens.anna, {
      deviceId: devices.voided,
      values: raised(values, 20),
    });
    expect(submitted.userErrors).toEqual([]);
    const withToday = await history(devices.voided, tokens.anna!);
    expect(withToday!.meterReadingDue).toBeNull();
    const count = withToday!.meterReadings.totalCount;

    const id = submitted.meterReading!.id;
    const result = await voidReading({ readingId: id, reason: 'Counter of another device' });
    expect(result.userErrors).toEqual([]);
    expect(result.correction).toMatchObject({ kind: 'VOIDED', values: [], readingDate: today() });

    const after = await history(devices.voided, tokens.anna!);
    expect(after!.meterReadings.totalCount).toBe(count - 1);
    expect(after!.latestMeterReading!.id).not.toBe(id);
    expect(after!.meterReadingDue).not.toBeNull();
    expect(after!.meterReadingCorrections[0]).toMatchObject({
      kind: 'VOIDED',
      readingId: id,
      reason: 'Counter of another device',
    });
    expect(await correctedEvents(id)).toHaveLength(1);
    // Voided once; a second void finds nothing.
    const again = await voidReading({ readingId: id, reason: 'again' });
    expect(again.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await correctedEvents(id)).toHaveLength(1);
  });
});

describe('who may correct', () => {
  it('lets only service agents correct or void; others FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const device = await history(devices.colour, tokens.agent!);
    const reading = device!.meterReadings.edges[0]!.node;
    const input = {
      readingId: reading.id,
      values: reading.values.map(({ meter, value }) => ({ meter, value })),
      reason: 'x',
    };
    for (const who of ['anna', 'dennis', 'sara', 'sune', 'bo', 'planner', 'tech']) {
      for (const [query, vars] of [
        [CORRECT, { input }],
        [VOID, { input: { readingId: reading.id, reason: 'x' } }],
      ] as const) {
        const result = await call(query, vars, tokens[who]);
        expect([who, result.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
    }
    // The review list and marking: staff only, whatever the reading.
    for (const who of ['anna', 'dennis', 'sara', 'sune', 'bo']) {
      const list = await call(TO_REVIEW, {}, tokens[who]);
      expect([who, list.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
      const mark = await call(REVIEWED, { id: reading.id }, tokens[who]);
      expect([who, mark.errors?.[0]?.extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    for (const who of ['agent', 'planner', 'tech'])
      expect((await call(TO_REVIEW, {}, tokens[who])).errors).toBeUndefined();
    expect((await call(TO_REVIEW, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = await call(CORRECT, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await correct({ ...input, readingId: 'nonsense' });
    expect(unknown.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('shows corrections only to those who see the device’s readings', async () => {
    const other = await history(devices.mono, tokens.bo!);
    expect(other).toBeNull();
    const stock = await history(devices.mono, tokens.sara!);
    expect(stock?.meterReadingCorrections ?? []).toEqual([]);
  });
});

describe('confirming an implausible increase', () => {
  it('accepts a confirmed increase, flags it, and staff review it', async () => {
    const { values } = await latestValues(system, tokens.anna!, devices.largeFormat);
    const input = {
      deviceId: devices.largeFormat,
      values: [
        { meter: 'TOTAL', value: values.TOTAL! * 10 + 200_000 },
        { meter: 'LARGE_FORMAT', value: values.LARGE_FORMAT! + 100 },
      ],
    };
    const refused = await submit(system, tokens.anna, input);
    expect(refused.userErrors.map((e) => e.code)).toEqual(['IMPLAUSIBLE_INCREASE']);
    const confirmed = await submit(system, tokens.anna, {
      ...input,
      confirmIncrease: true,
      idempotencyKey: randomUUID(),
    });
    expect(confirmed.userErrors).toEqual([]);
    const id = confirmed.meterReading!.id;

    const forCustomer = await call(TO_REVIEW, {}, tokens.anna);
    expect(forCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await call<{
      meterReadingsToReview: { edges: { node: { id: string; needsReview: boolean } }[] };
    }>(TO_REVIEW, {}, tokens.planner);
    expect(list.errors).toBeUndefined();
    expect(list.data!.meterReadingsToReview.edges.map((e) => e.node)).toContainEqual({
      id,
      needsReview: true,
      increaseConfirmed: true,
      device: { id: devices.largeFormat },
    });

    const byCustomer = await call(REVIEWED, { id }, tokens.anna);
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reviewed = await call<{
      markMeterReadingReviewed: {
        meterReading: { needsReview: boolean } | null;
        userErrors: UserErrorShape[];
      };
    }>(REVIEWED, { id }, tokens.agent);
    expect(reviewed.data!.markMeterReadingReviewed).toMatchObject({
      meterReading: { needsReview: false },
      userErrors: [],
    });
    const after = await call<{ meterReadingsToReview: { edges: { node: { id: string } }[] } }>(
      TO_REVIEW,
      {},
      tokens.agent,
    );
    expect(after.data!.meterReadingsToReview.edges.map((e) => e.node.id)).not.toContain(id);
    const twice = await call<{ markMeterReadingReviewed: { userErrors: UserErrorShape[] } }>(
      REVIEWED,
      { id },
      tokens.agent,
    );
    expect(twice.data!.markMeterReadingReviewed.userErrors.map((e) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('does not let a confirmation pass any other rule', async () => {
    const { values } = await latestValues(system, tokens.anna!, devices.colour);
    const result = await submit(system, tokens.anna, {
      deviceId: devices.colour,
      values: lowered(values, 1),
      confirmIncrease: true,
    });
    expect(result.userErrors.map((e) => e.code)).toContain('LOWER_THAN_PREVIOUS');
  });
});
