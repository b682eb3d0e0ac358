import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { recordEvent, recordEvents, type EventHandler } from '@portal/platform';
import {
  DEVICE_TOPIC,
  IDENTITY_TOPIC,
  projectAccount,
  METER_READING_CORRECTED,
  METER_READING_CORRECTED_VERSION,
  METER_READING_BATCH_REFUSED,
  METER_READING_BATCH_REFUSED_VERSION,
  METER_READINGS_TOPIC,
  type MeterReadingBatchRefusedV1,
  projectDevice,
  type MeterReadingCorrectedV1,
  type MeterType,
} from '@portal/event-contracts';
import { DeviceProjection } from './entities/device-projection.entity';
import { AccountProjection } from './entities/reading-reminder.entity';
import type { MeterReadingCorrection } from './entities/meter-reading-correction.entity';
import type { AcceptedReading, ReadingSource } from './domain/meter-reading';
import type { Series } from './domain/reading-corrections';
import { generateSandboxReadings } from './domain/sandbox-readings';

/**
 * # Meter reading events: topic `meter-readings`, version 1
 *
 * | type                    | when                                                       |
 * | ----------------------- | ---------------------------------------------------------- |
 * | `MeterReadingAccepted`  | a reading was stored (also the demo history); billing invoices it |
 * | `MeterReadingCorrected` | a service agent corrected or voided one (contract: the platform's meter-reading-events.ts) |
 * | `MeterReadingBatchRefused` | a bulk submission had refusals (contract: the platform's meter-reading-events.ts) |
 * | `MeterReadingsDue`      | an account's devices owe a period's reading, due soon or overdue (same) |
 *
 * Recorded in the transaction that stores the reading (transactional outbox), so an event
 * exists if and only if the reading does; delivered at least once: consumers keep
 * `readingId`s they have applied. `aggregateId` is the reading's uuid. Bill on the absolute
 * `values`: a service agent may later enter a reading for an earlier day between two others,
 * which changes the later reading's `usageSincePrevious` (its stored value is corrected; no
 * second event is sent for it). A correction or voiding sends MeterReadingCorrected, which
 * carries the next reading's recomputed usage too.
 */
export const METER_READING_TOPIC = METER_READINGS_TOPIC;
export const METER_READING_EVENT_VERSION = 1;

export interface MeterReadingAcceptedV1 {
  readingId: string;
  deviceId: string;
  accountId: string;
  serialNumber: string;
  contractNumber: string;
  /** YYYY-MM-DD in the device's time zone */
  readingDate: string;
  /** The day of the reading before it; null for the device's first. */
  previousReadingDate: string | null;
  source: ReadingSource;
  submittedBy: string;
  submittedAt: string;
  values: { meter: MeterType; value: number; usageSincePrevious: number | null }[];
}

export interface ReadingDevice {
  accountId: string;
  serialNumber: string;
  contractNumber: string;
}

/** Records a MeterReadingAccepted event per reading in the caller's transaction. */
export async function recordMeterReadingsAccepted(
  manager: EntityManager,
  readings: { accepted: AcceptedReading; device: ReadingDevice }[],
): Promise<void> {
  await recordEvents(
    manager,
    readings.map(({ accepted: { reading, values }, device }) => {
      const payload: MeterReadingAcceptedV1 = {
        readingId: reading.id,
        deviceId: reading.deviceId,
        accountId: device.accountId,
        serialNumber: device.serialNumber,
        contractNumber: device.contractNumber,
        readingDate: reading.readingDate,
        previousReadingDate: reading.previousReadingDate,
        source: reading.source,
        submittedBy: reading.submittedBy,
        submittedAt: reading.submittedAt.toISOString(),
        values: values.map((v) => ({
          meter: v.meter,
          value: v.value,
          usageSincePrevious: v.usageSincePrevious,
        })),
      };
      return {
        topic: METER_READING_TOPIC,
        type: 'MeterReadingAccepted',
        version: METER_READING_EVENT_VERSION,
        aggregateId: reading.id,
        payload,
      };
    }),
  );
}

/** What meter readings keeps of other subgraphs: the devices, from the `devices` topic. */
export const consumers: { name: string; topics: string[]; handler: EventHandler }[] = [
  {
    name: 'meter-readings.device-projection',
    topics: [DEVICE_TOPIC],
    // The device first: a sandbox device's readings history is then generated for it.
    handler: async (manager, event) => {
      await projectDevice(manager, DeviceProjection, event);
      await generateSandboxReadings(manager, event);
    },
  },
  {
    // Which organisation's reminder lead time applies to an account's devices.
    name: 'meter-readings.account-projection',
    topics: [IDENTITY_TOPIC],
    handler: (manager, event) => projectAccount(manager, AccountProjection, event),
  },
];

/** Records a MeterReadingCorrected event (platform contract, version 1) in the caller's transaction. */
export async function recordMeterReadingCorrected(
  manager: EntityManager,
  change: {
    correction: MeterReadingCorrection;
    series: Series;
    corrected: AcceptedReading | null;
    following: AcceptedReading | null;
  },
): Promise<void> {
  const { correction, series, corrected, following } = change;
  const usage = (values: AcceptedReading['values']) =>
    values.map(({ meter, value, usageSincePrevious }) => ({ meter, value, usageSincePrevious }));
  const payload: MeterReadingCorrectedV1 = {
    correctionId: correction.id,
    kind: correction.kind,
    readingId: correction.readingId,
    deviceId: correction.deviceId,
    accountId: series.device.accountId,
    serialNumber: series.device.serialNumber,
    contractNumber: series.device.contractNumber,
    readingDate: correction.readingDate,
    reason: correction.reason,
    correctedBy: correction.correctedBy,
    correctedAt: correction.correctedAt.toISOString(),
    previousValues: usage(series.target.values),
    values: corrected ? usage(corrected.values) : [],
    following: following
      ? {
          readingId: following.reading.id,
          readingDate: following.reading.readingDate,
          previousReadingDate: following.reading.previousReadingDate,
          values: usage(following.values),
        }
      : null,
  };
  await recordEvents(manager, [
    {
      topic: METER_READING_TOPIC,
      type: METER_READING_CORRECTED,
      version: METER_READING_CORRECTED_VERSION,
      aggregateId: correction.readingId,
      payload,
    },
  ]);
}

/** Tells the sender of a bulk submission what was refused (in the batch's transaction). */
export async function recordMeterReadingBatchRefused(
  manager: EntityManager,
  payload: MeterReadingBatchRefusedV1,
): Promise<void> {
  await recordEvent(manager, {
    topic: METER_READING_TOPIC,
    type: METER_READING_BATCH_REFUSED,
    version: METER_READING_BATCH_REFUSED_VERSION,
    aggregateId: randomUUID(),
    payload,
  });
}
