import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  fromGlobalId,
  principalKeysFromEnvironment,
  signPrincipal,
  startSubgraph,
  toGlobalId,
  type PrincipalClaims,
  type RunningSubgraph,
} from '@portal/platform';
import { createTestDatabase, freePort, type TestDatabase } from '@portal/devkit';
import type { MeterType } from '@portal/event-contracts';
import { COLOUR_A4_MODEL, MONO_A4_MODEL } from '@portal/testkit';
import { daysFromToday } from '@portal/testkit/meter-readings';
import { registerDevice } from '../../devices/src/domain/device.service';
import { devices } from '../../devices/src/subgraph';
import { meterReadings } from '../src/subgraph';
import { dayIn } from '../src/domain/calendar';

const run = promisify(execFile);
const MAIN = path.join(__dirname, '../dist/main.js');

/**
 * A customer's Administrator, signed by hand as the gateway signs a caller (only devices and
 * meter readings run here, so the customer is this test's own: an account no one else holds).
 */
const ACCOUNT = randomUUID();
const ADMINISTRATOR: PrincipalClaims = {
  kind: 'user',
  id: randomUUID(),
  name: 'Alma Administrator',
  organizationId: randomUUID(),
  staffRole: null,
  grants: [{ accountId: ACCOUNT, roles: ['ADMINISTRATOR'] }],
  deviceIds: [],
  stockLocationIds: [],
  sessionId: null,
};
/** A Service agent: phones in each device's first reading. */
const AGENT: PrincipalClaims = {
  ...ADMINISTRATOR,
  id: randomUUID(),
  name: 'Stine service agent',
  organizationId: null,
  staffRole: 'SERVICE_AGENT',
  grants: [],
};

const SUBMIT = `mutation ($input: SubmitMeterReadingInput!) { submitMeterReading(input: $input) {
  meterReading { id readingDate } userErrors { code } } }`;

let database: TestDatabase;
let devicesSubgraph: RunningSubgraph;
let subgraph: RunningSubgraph | undefined;
/** The customer's devices (local ids), each with one reading 35 days ago. */
const device = { monoA4: randomUUID(), colourA4: randomUUID() };

beforeAll(async () => {
  // The demo world holds the device model catalogue; nothing here asserts on its customers.
  database = await createTestDatabase({ demo: true });
  // The devices reach meter readings' projection as events, delivered here by hand.
  const options = { port: 0, databaseUrl: database.url, deliverEvents: false };
  devicesSubgraph = await startSubgraph(devices, options);
  subgraph = await startSubgraph(meterReadings, options);
  const first = {
    monoA4: { model: MONO_A4_MODEL, values: { TOTAL: 80_000, BLACK: 80_000 } },
    colourA4: {
      model: COLOUR_A4_MODEL,
      values: { TOTAL: 50_000, BLACK: 35_000, COLOUR: 15_000 },
    },
  };
  await devicesSubgraph.dataSource.transaction(async (manager) => {
    for (const [name, { model, values }] of Object.entries(first)) {
      const id = device[name as keyof typeof device];
      await registerDevice(manager, {
        id,
        serialNumber: `CR${id.slice(0, 8).toUpperCase()}`,
        modelId: fromGlobalId('DeviceModel', model)!,
        accountId: ACCOUNT,
        location: {
          address: 'Testvej 1, 2100 København Ø',
          building: null,
          floor: null,
          room: null,
          note: null,
          contactName: null,
          contactPhone: null,
        },
        installedAt: '2025-01-01',
        contract: {
          contractNumber: `SC-CR-${id.slice(0, 8)}`,
          responseTimeHours: 8,
          billedMeters: Object.keys(values) as MeterType[],
          readingFrequency: 'MONTHLY',
        },
        eMaintenance: false,
        stockLocationId: null,
      });
    }
  });
  await devicesSubgraph.relay.flush();
  for (const consumer of subgraph.consumers) await consumer.flush();
  for (const [name, { values }] of Object.entries(first)) {
    const answer = (await (
      await post(
        subgraph.url,
        {
          deviceId: toGlobalId('Device', device[name as keyof typeof device]),
          readingDate: daysFromToday(-35),
          values: Object.entries(values).map(([meter, value]) => ({ meter, value })),
        },
        AGENT,
      )
    ).json()) as { data?: { submitMeterReading: { meterReading: unknown } } };
    if (!answer.data?.submitMeterReading.meterReading) throw new Error(JSON.stringify(answer));
  }
  await subgraph.stop();
  subgraph = undefined;
});
afterAll(async () => {
  await subgraph?.stop();
  await devicesSubgraph.stop();
  await database.drop();
});

/** A request as the gateway sends it: with a freshly signed principal. */
async function post(
  url: string,
  input: Record<string, unknown>,
  claims = ADMINISTRATOR,
): Promise<Response> {
  const { privateKey } = await principalKeysFromEnvironment();
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-portal-principal': await signPrincipal(claims, privateKey!, 60),
    },
    body: JSON.stringify({ query: SUBMIT, variables: { input } }),
  });
}

async function inputFor(deviceId: string, key: string): Promise<Record<string, unknown>> {
  const rows: { meter: string; value: string }[] = await devicesSubgraph.dataSource.query(
    `SELECT v.meter, v.value FROM meter_readings.meter_reading_value v
      WHERE v.reading_id = (SELECT id FROM meter_readings.meter_reading WHERE device_id = $1
                             ORDER BY reading_date DESC LIMIT 1)`,
    [deviceId],
  );
  return {
    deviceId: toGlobalId('Device', deviceId),
    values: rows.map((r) => ({ meter: r.meter, value: Number(r.value) + 100 })),
    idempotencyKey: key,
  };
}

/** Today's readings of the device, and the events recorded for them. */
async function stored(deviceId: string): Promise<{ readings: string[]; events: number }> {
  const today = dayIn('Europe/Copenhagen', new Date());
  const readings: { id: string }[] = await devicesSubgraph.dataSource.query(
    `SELECT id FROM meter_readings.meter_reading WHERE device_id = $1 AND reading_date = $2`,
    [deviceId, today],
  );
  const events: { n: string }[] = await devicesSubgraph.dataSource.query(
    `SELECT count(*) AS n FROM meter_readings.outbox o, jsonb_array_elements(o.payload->'readings') r
      WHERE o.type = 'MeterReadingsAccepted' AND r->>'readingId' = ANY($1::text[])`,
    [readings.map((r) => r.id)],
  );
  return { readings: readings.map((r) => r.id), events: Number(events[0]!.n) };
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a subgraph killed during a submission', () => {
  it('stores nothing when killed before the commit; the retry with the same key stores one reading and one event', async () => {
    const input = await inputFor(device.monoA4, randomUUID());
    // Hold the device's row, so that the submission is surely inside its transaction when killed.
    const blocker = new pg.Client({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query(
      'SELECT 1 FROM meter_readings.device_projection WHERE device_id = $1 FOR UPDATE',
      [device.monoA4],
    );
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        METER_READINGS_PORT: String(port),
        LOG_LEVEL: 'silent',
      },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      await until(
        () =>
          fetch(`http://127.0.0.1:${port}/ready`).then(
            (r) => r.ok,
            () => false,
          ),
        'the subgraph to start',
      );
      const answer = post(`http://127.0.0.1:${port}/graphql`, input).then(
        () => 'answered',
        () => 'no answer',
      );
      await until(async () => {
        const waiting = await blocker.query(
          `SELECT 1 FROM pg_stat_activity WHERE application_name = 'portal-meter-readings'
             AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        return waiting.rowCount! > 0;
      }, 'the submission to wait for the device lock');
      child.kill('SIGKILL');
      await exited;
      expect(await answer).toBe('no answer');
    } finally {
      child.kill('SIGKILL');
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    expect(await stored(device.monoA4)).toEqual({ readings: [], events: 0 });

    subgraph = await startSubgraph(meterReadings, {
      port: 0,
      databaseUrl: database.url,
      deliverEvents: false,
    });
    const retried = (await (await post(subgraph.url, input)).json()) as {
      data: { submitMeterReading: { meterReading: { id: string }; userErrors: unknown[] } };
    };
    expect(retried.data.submitMeterReading.userErrors).toEqual([]);
    const after = await stored(device.monoA4);
    expect(after.readings).toHaveLength(1);
    expect(after.events).toBe(1);
    await subgraph.stop();
    subgraph = undefined;
  });

  it('answers the retry after a crash between commit and answer with the stored reading: one reading, one event', async () => {
    const input = await inputFor(device.colourA4, randomUUID());
    const child = await run(
      process.execPath,
      [
        path.join(__dirname, 'fixtures/submit-then-die.js'),
        database.url,
        JSON.stringify(ADMINISTRATOR),
        JSON.stringify(input),
      ],
      { cwd: path.join(__dirname, '..') },
    ).catch((error: { stdout: string; signal: string }) => error);
    expect((child as { signal?: string }).signal).toBe('SIGKILL');
    const committed = /committed (\S+)/.exec(child.stdout)![1]!;
    expect(await stored(device.colourA4)).toEqual({ readings: [committed], events: 1 });

    subgraph = await startSubgraph(meterReadings, {
      port: 0,
      databaseUrl: database.url,
      deliverEvents: false,
    });
    const retried = (await (await post(subgraph.url, input)).json()) as {
      data: { submitMeterReading: { meterReading: { id: string }; userErrors: unknown[] } };
    };
    expect(retried.data.submitMeterReading).toEqual({
      meterReading: {
        id: toGlobalId('MeterReading', committed),
        readingDate: dayIn('Europe/Copenhagen', new Date()),
      },
      userErrors: [],
    });
    expect(await stored(device.colourA4)).toEqual({ readings: [committed], events: 1 });
    // The event the dead process left in the outbox is published once, however often relayed.
    await subgraph.relay.flush();
    await subgraph.dataSource.query(
      `UPDATE meter_readings.outbox SET published_at = NULL
        WHERE payload->'readings' @> jsonb_build_array(jsonb_build_object('readingId', $1::text))`,
      [committed],
    );
    await subgraph.relay.flush();
    const published: { n: string }[] = await subgraph.dataSource.query(
      `SELECT count(*) AS n FROM event_bus.event
        WHERE payload->'readings' @> jsonb_build_array(jsonb_build_object('readingId', $1::text))`,
      [committed],
    );
    expect(Number(published[0]!.n)).toBe(1);
  });
});
