import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { nameUuid, type DomainEvent } from '@portal/platform';
import {
  DEVICE_EVENT_VERSION,
  DEVICE_TOPIC,
  type DeviceSnapshotV1,
  type MeterType,
} from '@portal/event-contracts';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import { addDays, addMonths, dayIn, startOfDay } from './calendar';
import { refreshUsageMonths } from './usage-rollup';

/** Monthly readings a new sandbox device comes with: a year to chart, export and page through. */
export const SANDBOX_READING_MONTHS = 12;

/**
 * meter-readings' part of a partner's sandbox: a year of monthly readings for each sandbox
 * device when it is registered (DeviceRegistered marked `sandbox`), with counters that grow
 * as the model's speed suggests, and its usage rollup. History before the sandbox existed: no
 * MeterReadingsAccepted events (nothing to bill, no webhooks for the past); readings the partner
 * submits afterwards go through intake as anywhere else. The newest is 20 days old, so this
 * month's reading can still be submitted.
 */
export async function generateSandboxReadings(
  manager: EntityManager,
  event: DomainEvent,
): Promise<void> {
  const device = event.payload as DeviceSnapshotV1;
  if (
    event.topic !== DEVICE_TOPIC ||
    event.version !== DEVICE_EVENT_VERSION ||
    event.type !== 'DeviceRegistered' ||
    device.sandbox !== true
  )
    return;
  const newest = addDays(dayIn(device.timeZone, new Date()), -20);
  const monthly = Math.max(100, device.pagesPerMinute * 150);
  let total = vary(`${device.deviceId}:start`, monthly * 20);
  let colour = device.colour ? Math.round(total * 0.3) : 0;
  let previous: { day: string; counters: Record<MeterType, number> } | null = null;
  for (let month = SANDBOX_READING_MONTHS - 1; month >= 0; month--) {
    const day = addMonths(newest, -month);
    if (previous) {
      const pages = vary(`${device.deviceId}:${day}`, monthly);
      total += pages;
      if (device.colour) colour += Math.round(pages * 0.3);
    }
    const counters: Record<MeterType, number> = {
      TOTAL: total,
      BLACK: total - colour,
      COLOUR: colour,
      LARGE_FORMAT: total,
      SCAN: 0,
    };
    const id = nameUuid(`sandbox-reading:${device.deviceId}:${day}`);
    await manager.insert(MeterReading, {
      id,
      deviceId: device.deviceId,
      readingDate: day,
      source: 'PORTAL',
      submittedBy: 'system:sandbox',
      submittedByName: 'Sandbox',
      submittedAt: new Date(startOfDay(day, device.timeZone).getTime() + 9 * 3_600_000),
      previousReadingDate: previous?.day ?? null,
      idempotencyKey: null,
    });
    await manager.insert(
      MeterReadingValue,
      device.billedMeters.map((meter) => ({
        readingId: id,
        meter,
        value: counters[meter],
        usageSincePrevious: previous ? counters[meter] - previous.counters[meter] : null,
      })),
    );
    previous = { day, counters };
  }
  await refreshUsageMonths(
    manager,
    Array.from({ length: SANDBOX_READING_MONTHS }, (_, month) => ({
      deviceId: device.deviceId,
      day: addMonths(newest, -month),
    })),
  );
}

/** `around` give or take a quarter, the same for the same name (a sandbox reads plausibly). */
function vary(name: string, around: number): number {
  const n = createHash('sha256').update(name).digest().readUInt32BE(0) / 0xffffffff;
  return Math.round(around * (0.75 + n / 2));
}
