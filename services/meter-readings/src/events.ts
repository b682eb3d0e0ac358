import type { EntityManager } from 'typeorm';
import {
  DEVICE_TOPIC,
  projectDevice,
  recordEvents,
  type EventHandler,
  type MeterType,
} from '@portal/platform';
import { DeviceProjection } from './entities/device-projection.entity';
import type { AcceptedReading, ReadingSource } from './domain/meter-reading';

/**
 * # Meter reading events: topic `meter-readings`, version 1
 *
 * | type                    | when                                                       |
 * | ----------------------- | ---------------------------------------------------------- |
 * | `MeterReadingAccepted`  | a reading was stored (also the demo history); billing invoices it |
 *
 * Recorded in the transaction that stores the reading (transactional outbox), so an event
 * exists if and only if the reading does; delivered at least once: consumers keep
 * `readingId`s they have applied. `aggregateId` is the reading's uuid. Bill on the absolute
 * `values`: a service agent may later enter a reading for an earlier day between two others,
 * which changes the later reading's `usageSincePrevious` (its stored value is corrected; no
 * second event is sent for it).
 */
export const METER_READING_TOPIC = 'meter-readings';
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
    handler: (manager, event) => projectDevice(manager, DeviceProjection, event),
  },
];
