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
  METER_READINGS_ACCEPTED,
  METER_READINGS_ACCEPTED_VERSION,
  METER_READINGS_TOPIC,
  type MeterReadingBatchRefusedV1,
  type MeterReadingsAcceptedV1,
  projectDevice,
  type MeterReadingCorrectedV1,
} from '@portal/event-contracts';
import { DeviceProjection } from './entities/device-projection.entity';
import { AccountProjection } from './entities/reading-reminder.entity';
import type { MeterReadingCorrection } from './entities/meter-reading-correction.entity';
import type { AcceptedReading } from './domain/meter-reading';
import type { Series } from './domain/reading-corrections';
import { generateSandboxReadings } from './domain/sandbox-readings';
import { withDeviceBillingPeriods } from './domain/billing-period-rollup';

/**
 * # Meter reading events: topic `meter-readings`, version 1
 *
 * | type                    | when                                                       |
 * | ----------------------- | ---------------------------------------------------------- |
 * | `MeterReadingsAccepted` | a submission stored readings (one event per submission or batch; also the demo history); billing invoices them |
 * | `MeterReadingAccepted`  | superseded by MeterReadingsAccepted, no longer sent; still understood (`acceptedReadingsOf`) |
 * | `MeterReadingCorrected` | a service agent corrected or voided one |
 * | `MeterReadingBatchRefused` | a bulk submission had refusals |
 * | `MeterReadingsDue`      | an account's devices owe a period's reading, due soon or overdue |
 *
 * Every contract is in the platform's meter-reading-events.ts. Recorded in the transaction that
 * stores the readings (transactional outbox), so an event exists if and only if its readings do.
 */
export const METER_READING_TOPIC = METER_READINGS_TOPIC;

export interface ReadingDevice {
  accountId: string;
  serialNumber: string;
  contractNumber: string;
}

/** Records one MeterReadingsAccepted event for the readings of a submission, in its transaction. */
export async function recordMeterReadingsAccepted(
  manager: EntityManager,
  readings: { accepted: AcceptedReading; device: ReadingDevice }[],
): Promise<void> {
  if (readings.length === 0) return;
  const payload: MeterReadingsAcceptedV1 = {
    readings: readings.map(({ accepted: { reading, values }, device }) => ({
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
    })),
  };
  await recordEvent(manager, {
    topic: METER_READING_TOPIC,
    type: METER_READINGS_ACCEPTED,
    version: METER_READINGS_ACCEPTED_VERSION,
    // A submission spans devices: the event is its own aggregate.
    aggregateId: randomUUID(),
    payload,
  });
}

/** What meter readings keeps of other subgraphs: the devices, from the `devices` topic. */
export const consumers: { name: string; topics: string[]; handler: EventHandler }[] = [
  {
    name: 'meter-readings.device-projection',
    topics: [DEVICE_TOPIC],
    // The device first: a sandbox device's readings history is then generated for it.
    handler: async (manager, event) => {
      // The billing-period rollups follow the device's account, status and installation.
      await withDeviceBillingPeriods(manager, event.aggregateId, () =>
        projectDevice(manager, DeviceProjection, event),
      );
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
