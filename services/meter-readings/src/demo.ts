import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { demoIds, nameUuid } from '@portal/platform';
import { type MeterType } from '@portal/event-contracts';
import { MeterReading } from './entities/meter-reading.entity';
import { MeterReadingValue } from './entities/meter-reading-value.entity';
import { recordMeterReadingsAccepted } from './events';
import { addDays, dayIn, startOfDay } from './domain/calendar';
import type { ReadingSource } from './domain/meter-reading';
import { rebuildUsageMonths } from './domain/usage-rollup';

const TIME_ZONE = 'Europe/Copenhagen';
const MONTHS = 12;

type Kind = 'colour-a3' | 'mono-a3' | 'colour-a4' | 'mono-a4' | 'large-format';

/** Pages a month (low, high) and the counter at the first demo reading, per kind of model. */
const USAGE: Record<Kind, { monthly: [number, number]; start: [number, number]; colour: number }> =
  {
    'colour-a3': { monthly: [6000, 12000], start: [180_000, 420_000], colour: 0.35 },
    'mono-a3': { monthly: [12000, 22000], start: [350_000, 900_000], colour: 0 },
    'colour-a4': { monthly: [1200, 3000], start: [25_000, 80_000], colour: 0.3 },
    'mono-a4': { monthly: [2000, 5000], start: [40_000, 120_000], colour: 0 },
    'large-format': { monthly: [120, 320], start: [3_000, 9_000], colour: 0 },
  };

const METERS: Record<Kind, MeterType[]> = {
  'colour-a3': ['TOTAL', 'BLACK', 'COLOUR'],
  'mono-a3': ['TOTAL', 'BLACK'],
  'colour-a4': ['TOTAL', 'BLACK', 'COLOUR'],
  'mono-a4': ['TOTAL', 'BLACK'],
  'large-format': ['TOTAL', 'LARGE_FORMAT'],
};

const ANNA = {
  by: `user:${demoIds.user('anna.admin@nordiskprint.example')}`,
  name: 'Anna Andersen',
};
const BO = { by: `user:${demoIds.user('bo.admin@fjordlogistik.example')}`, name: 'Bo Berg' };
const E_MAINTENANCE = { by: 'system:e-maintenance', name: 'e-Maintenance' };

/** docs/demo-data.md's devices, in the devices subgraph's order (its contract numbers count in it). */
const devices: { serial: string; account: string; kind: Kind; eMaintenance: boolean }[] = [
  { serial: 'NP1000001', account: '100200', kind: 'colour-a3', eMaintenance: true },
  { serial: 'NP1000002', account: '100200', kind: 'mono-a3', eMaintenance: true },
  { serial: 'NP1000003', account: '100200', kind: 'colour-a3', eMaintenance: true },
  { serial: 'NP1000004', account: '100200', kind: 'colour-a4', eMaintenance: false },
  { serial: 'NP1000005', account: '100200', kind: 'mono-a4', eMaintenance: false },
  { serial: 'NP1000006', account: '100200', kind: 'large-format', eMaintenance: false },
  { serial: 'NP2000001', account: '100201', kind: 'colour-a3', eMaintenance: true },
  { serial: 'NP2000002', account: '100201', kind: 'mono-a3', eMaintenance: true },
  { serial: 'NP2000003', account: '100201', kind: 'colour-a4', eMaintenance: false },
  { serial: 'FL3000001', account: '300400', kind: 'colour-a3', eMaintenance: true },
  { serial: 'FL3000002', account: '300400', kind: 'mono-a3', eMaintenance: false },
  { serial: 'FL3000003', account: '300400', kind: 'mono-a4', eMaintenance: false },
];

/** A repeatable number in [low, high] for a name: the same demo world on every load. */
function pick(name: string, [low, high]: [number, number]): number {
  const n = createHash('sha256').update(name).digest().readUInt32BE(0);
  return low + (n % (high - low + 1));
}

/**
 * meter-readings' part of docs/demo-data.md: twelve monthly readings per device, 30 days apart, the
 * newest 31 to 40 days before the day of loading (so every device owes a reading and none has one
 * today), with monotonic counters, each with its own MeterReadingsAccepted event (each was
 * submitted on its own) as billing would have had it. Counted in days from the day of loading and
 * picked by a reading's place, not its date: the same counters, usage and pages a day whatever
 * day the data is loaded (the browser tests' approved images show them).
 */
export async function seedMeterReadingsDemo(
  dataSource: DataSource,
  now = new Date(),
): Promise<void> {
  const today = dayIn(TIME_ZONE, now);
  await dataSource.transaction(async (manager) => {
    for (const [index, d] of devices.entries()) {
      const deviceId = demoIds.device(d.serial);
      const usage = USAGE[d.kind];
      const newest = addDays(today, -(31 + (index % 10)));
      let total = pick(`${d.serial}:start`, usage.start);
      let colour = Math.round(total * usage.colour);
      let previous: { day: string; values: Map<MeterType, number> } | null = null;
      for (let month = MONTHS - 1; month >= 0; month--) {
        const day = addDays(newest, -30 * month);
        if (previous) {
          const pages = pick(`${d.serial}:${month}`, usage.monthly);
          const colourPages = Math.round(pages * usage.colour * (0.8 + (pages % 5) / 10));
          total += pages;
          colour += colourPages;
        }
        const counters: Record<MeterType, number> = {
          TOTAL: total,
          BLACK: total - colour,
          COLOUR: colour,
          LARGE_FORMAT: total,
          SCAN: 0,
        };
        const values = METERS[d.kind].map((meter) => ({
          meter,
          value: counters[meter],
          usageSincePrevious: previous ? counters[meter] - previous.values.get(meter)! : null,
        }));
        // Now and then the customer phoned a reading in instead.
        const by = d.eMaintenance
          ? E_MAINTENANCE
          : month === 4
            ? { by: `user:${demoIds.user('agent@service.example')}`, name: 'Service agent' }
            : d.account === '300400'
              ? BO
              : ANNA;
        const source: ReadingSource = d.eMaintenance
          ? 'E_MAINTENANCE'
          : month === 4
            ? 'PHONE'
            : 'PORTAL';
        const reading = manager.create(MeterReading, {
          id: nameUuid(`meter-reading:${d.serial}:${day}`),
          deviceId,
          readingDate: day,
          source,
          submittedBy: by.by,
          submittedByName: by.name,
          submittedAt: new Date(startOfDay(day, TIME_ZONE).getTime() + 9 * 3_600_000),
          previousReadingDate: previous?.day ?? null,
          idempotencyKey: null,
        });
        await manager.insert(MeterReading, reading);
        await manager.insert(
          MeterReadingValue,
          values.map((v) => ({ readingId: reading.id, ...v })),
        );
        await recordMeterReadingsAccepted(manager, [
          {
            accepted: { reading, values },
            device: {
              accountId: demoIds.account(d.account),
              serialNumber: d.serial,
              contractNumber: `SC-${d.account}-${String(index + 1).padStart(3, '0')}`,
            },
          },
        ]);
        previous = { day, values: new Map(values.map((v) => [v.meter, v.value])) };
      }
    }
    await rebuildUsageMonths(manager);
  });
}
