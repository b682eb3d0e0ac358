import { randomUUID } from 'node:crypto';
import { startTestSystem, type TestSystem } from '@portal/testkit';
import {
  deliverEvents,
  deviceId,
  latestValues,
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

beforeAll(async () => {
  system = await startTestSystem({ deliverEvents: false });
  await deliverEvents(system);
  const users = {
    anna: 'anna.admin@nordiskprint.example',
    dennis: 'dennis.device@nordiskprint.example',
    sara: 'sara.stock@nordiskprint.example',
    sune: 'sune.self@nordiskprint.example',
    bo: 'bo.admin@fjordlogistik.example',
    agent: 'agent@service.example',
    planner: 'planner@service.example',
    tech: 'tech@service.example',
  };
  for (const [name, email] of Object.entries(users)) tokens[name] = await system.signIn(email);
});
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

async function history(serial: string, token: string): Promise<History | null> {
  const result = await call<{ device: History | null }>(HISTORY, { id: deviceId(serial) }, token);
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
    const before = await history('NP1000002', tokens.anna!);
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
    const after = await history('NP1000002', tokens.anna!);
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
    const before = await history('NP1000004', tokens.agent!);
    const [newest, middle] = before!.meterReadings.edges.map((e) => e.node);
    const values = lowered(byMeter(middle!.values), 3);
    const result = await correct({ readingId: middle!.id, values, reason: 'Misread by phone' });
    expect(result.userErrors).toEqual([]);
    const after = await history('NP1000004', tokens.agent!);
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
    const before = await history('NP1000005', tokens.agent!);
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
    const { values } = await latestValues(system, tokens.agent!, deviceId('NP1000003'));
    const submitted = await submit(system, tokens.anna, {
      deviceId: deviceId('NP1000003'),
      values: raised(values, 20),
    });
    expect(submitted.userErrors).toEqual([]);
    const withToday = await history('NP1000003', tokens.anna!);
    expect(withToday!.meterReadingDue).toBeNull();
    const count = withToday!.meterReadings.totalCount;

    const id = submitted.meterReading!.id;
    const result = await voidReading({ readingId: id, reason: 'Counter of another device' });
    expect(result.userErrors).toEqual([]);
    expect(result.correction).toMatchObject({ kind: 'VOIDED', values: [], readingDate: today() });

    const after = await history('NP1000003', tokens.anna!);
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
    const device = await history('NP1000001', tokens.agent!);
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
    const other = await history('NP1000002', tokens.bo!);
    expect(other).toBeNull();
    const stock = await history('NP1000002', tokens.sara!);
    expect(stock?.meterReadingCorrections ?? []).toEqual([]);
  });
});

describe('confirming an implausible increase', () => {
  it('accepts a confirmed increase, flags it, and staff review it', async () => {
    const { values } = await latestValues(system, tokens.anna!, deviceId('NP1000006'));
    const input = {
      deviceId: deviceId('NP1000006'),
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
      device: { id: deviceId('NP1000006') },
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
    const { values } = await latestValues(system, tokens.anna!, deviceId('NP1000001'));
    const result = await submit(system, tokens.anna, {
      deviceId: deviceId('NP1000001'),
      values: lowered(values, 1),
      confirmIncrease: true,
    });
    expect(result.userErrors.map((e) => e.code)).toContain('LOWER_THAN_PREVIOUS');
  });
});
