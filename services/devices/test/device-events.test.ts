import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { fromGlobalId } from '@portal/platform';
import {
  COLOUR_A3_MODEL,
  createCustomer,
  MONO_A3_MODEL,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';
import { registerDevice } from '../src/domain/device.service';
import { DeviceProjection } from '../../identity/src/entities/device-projection.entity';

const run = promisify(execFile);
let system: TestSystem;
/** The built customer's account (local id): the devices below are registered on it. */
let accountId: string;

beforeAll(async () => {
  // Event delivery driven by hand, so the test decides when it happens. The demo database only
  // for the model catalogue; the customer is built here.
  system = await startTestSystem({ deliverEvents: false });
  accountId = fromGlobalId('Account', (await createCustomer(system)).accounts[0]!.id)!;
});
afterAll(async () => {
  await system.stop();
});

/** Publishes devices' pending events and lets identity consume them. */
async function deliver(): Promise<void> {
  await system.devices.relay.flush();
  for (const consumer of system.identity.consumers) await consumer.flush();
}

const newDevice = (serialNumber: string) => ({
  id: randomUUID(),
  serialNumber,
  modelId: fromGlobalId('DeviceModel', COLOUR_A3_MODEL)!,
  accountId,
  location: {
    address: 'Testvej 1',
    building: null,
    floor: null,
    room: null,
    note: null,
    contactName: null,
    contactPhone: null,
  },
  installedAt: '2026-01-01',
  contract: {
    contractNumber: 'SC-T',
    responseTimeHours: 8,
    billedMeters: ['TOTAL' as const],
    readingFrequency: 'MONTHLY' as const,
  },
  eMaintenance: false,
  stockLocationId: null,
});

describe('device events through the outbox', () => {
  it('projects every registered device into identity exactly once', async () => {
    // Twelve devices registered but not yet delivered, as the demo template ships its own.
    await system.devices.dataSource.transaction(async (manager) => {
      for (let n = 0; n < 12; n++)
        await registerDevice(manager, newDevice(`ONCE${String(n).padStart(4, '0')}`));
    });
    await deliver();
    await deliver();
    const rows = await system.identity.dataSource
      .getRepository(DeviceProjection)
      .findBy({ accountId });
    expect(rows.map((r) => r.serialNumber).sort()).toHaveLength(12);
    expect(new Set(rows.map((r) => r.deviceId)).size).toBe(12);
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const device = newDevice('ROLLBACK1');
    await expect(
      system.devices.dataSource.transaction(async (manager) => {
        await registerDevice(manager, device);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await deliver();
    const projected = await system.identity.dataSource
      .getRepository(DeviceProjection)
      .findOneBy({ deviceId: device.id });
    expect(projected).toBeNull();
    const outbox: unknown[] = await system.devices.dataSource.query(
      `SELECT 1 FROM devices.outbox WHERE aggregate_id = $1`,
      [device.id],
    );
    expect(outbox).toHaveLength(0);
  });

  it('delivers an event committed just before the process died, once, after a restart', async () => {
    // Devices is down while the other process commits, and comes back after that one died.
    const devices = await system.kill('devices');
    const id = randomUUID();
    const child = await run(
      process.execPath,
      [
        path.join(__dirname, 'fixtures/commit-then-die.js'),
        system.database.url,
        id,
        'CRASH0001',
        fromGlobalId('DeviceModel', MONO_A3_MODEL)!,
        accountId,
      ],
      { cwd: path.join(__dirname, '..') },
    ).catch((error: { stdout: string; signal: string }) => error);
    expect(child.stdout).toContain('committed');
    expect((child as { signal?: string }).signal).toBe('SIGKILL');

    await devices.start();
    await deliver();
    // Delivery is at least once: make the relay publish the same event again.
    await system.devices.dataSource.query(
      `UPDATE devices.outbox SET published_at = NULL WHERE aggregate_id = $1`,
      [id],
    );
    await deliver();
    const projections = await system.identity.dataSource
      .getRepository(DeviceProjection)
      .findBy({ deviceId: id });
    expect(projections).toHaveLength(1);
    expect(projections[0]!.serialNumber).toBe('CRASH0001');
    const applied: { n: string }[] = await system.identity.dataSource.query(
      `SELECT count(*) AS n FROM identity.processed_event p
         JOIN devices.outbox o ON o.event_id = p.event_id
        WHERE o.aggregate_id = $1 AND p.consumer = 'identity.device-projection'`,
      [id],
    );
    expect(Number(applied[0]!.n)).toBe(1);
    const published: { n: string }[] = await system.devices.dataSource.query(
      `SELECT count(*) AS n FROM event_bus.event WHERE aggregate_id = $1`,
      [id],
    );
    expect(Number(published[0]!.n)).toBe(1);
  });
});
