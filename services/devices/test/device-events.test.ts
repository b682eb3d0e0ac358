import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { demoIds, startSubgraph, type RunningSubgraph } from '@portal/platform';
import { createTestDatabase, type TestDatabase } from '@portal/devkit';
import { devices } from '../src/subgraph';
import { identity } from '../../identity/src/subgraph';
import { registerDevice } from '../src/domain/device.service';
import { DeviceProjection } from '../../identity/src/entities/device-projection.entity';

const run = promisify(execFile);
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
});
afterAll(async () => {
  await database.drop();
});

/** Both subgraphs, with event delivery driven by hand so the test decides when it happens. */
async function start(): Promise<{
  devices: RunningSubgraph;
  identity: RunningSubgraph;
  deliver(): Promise<void>;
  stop(): Promise<void>;
}> {
  const options = { port: 0, databaseUrl: database.url, deliverEvents: false };
  const d = await startSubgraph(devices, options);
  const i = await startSubgraph(identity, options);
  return {
    devices: d,
    identity: i,
    deliver: async () => {
      await d.relay.flush();
      for (const consumer of i.consumers) await consumer.flush();
    },
    stop: async () => {
      await d.stop();
      await i.stop();
    },
  };
}

const newDevice = (serialNumber: string) => ({
  id: randomUUID(),
  serialNumber,
  modelId: demoIds.model('imageRUNNER ADVANCE DX C5840i'),
  accountId: demoIds.account('100200'),
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
  it('projects every demo device into identity exactly once', async () => {
    const system = await start();
    try {
      await system.deliver();
      await system.deliver();
      const rows = await system.identity.dataSource.getRepository(DeviceProjection).find();
      expect(rows.map((r) => r.serialNumber).sort()).toHaveLength(12);
      expect(new Set(rows.map((r) => r.deviceId)).size).toBe(12);
    } finally {
      await system.stop();
    }
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const system = await start();
    try {
      const device = newDevice('ROLLBACK1');
      await expect(
        system.devices.dataSource.transaction(async (manager) => {
          await registerDevice(manager, device);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      await system.deliver();
      const projected = await system.identity.dataSource
        .getRepository(DeviceProjection)
        .findOneBy({ deviceId: device.id });
      expect(projected).toBeNull();
      const outbox: unknown[] = await system.devices.dataSource.query(
        `SELECT 1 FROM devices.outbox WHERE aggregate_id = $1`,
        [device.id],
      );
      expect(outbox).toHaveLength(0);
    } finally {
      await system.stop();
    }
  });

  it('delivers an event committed just before the process died, once, after a restart', async () => {
    const id = randomUUID();
    const child = await run(
      process.execPath,
      [
        path.join(__dirname, 'fixtures/commit-then-die.js'),
        database.url,
        id,
        'CRASH0001',
        demoIds.model('imageRUNNER ADVANCE DX 6860i'),
        demoIds.account('100200'),
      ],
      { cwd: path.join(__dirname, '..') },
    ).catch((error: { stdout: string; signal: string }) => error);
    expect(child.stdout).toContain('committed');
    expect((child as { signal?: string }).signal).toBe('SIGKILL');

    const system = await start();
    try {
      await system.deliver();
      // Delivery is at least once: make the relay publish the same event again.
      await system.devices.dataSource.query(
        `UPDATE devices.outbox SET published_at = NULL WHERE aggregate_id = $1`,
        [id],
      );
      await system.deliver();
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
    } finally {
      await system.stop();
    }
  });
});
