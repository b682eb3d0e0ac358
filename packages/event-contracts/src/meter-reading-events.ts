import type { MeterType } from './device-events';

/**
 * # Meter reading corrections: topic `meter-readings`, type `MeterReadingCorrected`, version 1
 *
 * A service agent corrected the values of an accepted reading, or voided it (it no longer
 * counts), always with a reason. Recorded by the meter readings subgraph in the transaction
 * of the correction (transactional outbox), delivered at least once: keep the `correctionId`s
 * you have applied. `aggregateId` is the reading's uuid.
 *
 * Billing: replace the reading's values by `values` (CORRECTED) or drop the reading (VOIDED);
 * `following` is the next reading of the device with its usage recomputed against the reading
 * now before it (null when there is none). Ignore fields you do not know; fields may be added
 * within version 1, anything else is version 2.
 */
export const METER_READING_CORRECTED = 'MeterReadingCorrected';
export const METER_READING_CORRECTED_VERSION = 1;

export type MeterReadingCorrectionKind = 'CORRECTED' | 'VOIDED';

export interface CorrectedMeterValueV1 {
  meter: MeterType;
  value: number;
  /** Pages since the previous reading; null without one. */
  usageSincePrevious: number | null;
}

export interface MeterReadingCorrectedV1 {
  correctionId: string;
  kind: MeterReadingCorrectionKind;
  readingId: string;
  deviceId: string;
  accountId: string;
  serialNumber: string;
  contractNumber: string;
  /** YYYY-MM-DD in the device's time zone */
  readingDate: string;
  reason: string;
  /** user:<id> of the service agent */
  correctedBy: string;
  /** ISO-8601 */
  correctedAt: string;
  /** The values before the correction. */
  previousValues: CorrectedMeterValueV1[];
  /** The values after it; empty when VOIDED. */
  values: CorrectedMeterValueV1[];
  following: {
    readingId: string;
    readingDate: string;
    previousReadingDate: string | null;
    values: CorrectedMeterValueV1[];
  } | null;
}

/** The meter readings subgraph's topic (its own events.ts lists every type on it). */
export const METER_READINGS_TOPIC = 'meter-readings';

/**
 * # Readings owed: topic `meter-readings`, type `MeterReadingsDue`, version 1
 *
 * Once per account, billing period and stage, the devices of one account that still owe the
 * period's reading: `DUE` when the period's last day is at most the organisation's reminder
 * lead time away (default 10 days), `OVERDUE` the day after it. Sent by the subgraph's reminder
 * worker; delivered at least once (`aggregateId` is the account's uuid; the event id is unique).
 * Identity notifies the devices' Device Managers and the account's Administrators.
 */
export const METER_READINGS_DUE = 'MeterReadingsDue';
export const METER_READINGS_DUE_VERSION = 1;

export interface MeterReadingsDueV1 {
  accountId: string;
  stage: 'DUE' | 'OVERDUE';
  /** YYYY-MM-DD: the owed billing period's first and last day (the due date). */
  periodStart: string;
  dueDate: string;
  devices: { deviceId: string; serialNumber: string }[];
}

/**
 * # A refused bulk submission: topic `meter-readings`, type `MeterReadingBatchRefused`, version 1
 *
 * A `submitMeterReadings` batch in which at least one reading was refused, sent in the batch's
 * transaction (so once per stored answer: a replayed batch sends nothing). Identity tells the
 * user who sent it. `aggregateId` is the event's own id.
 */
export const METER_READING_BATCH_REFUSED = 'MeterReadingBatchRefused';
export const METER_READING_BATCH_REFUSED_VERSION = 1;

export interface MeterReadingBatchRefusedV1 {
  /** "user:<id>" or "apiKey:<id>" (Principal.actor) */
  submittedBy: string;
  submitted: number;
  accepted: number;
  refused: number;
  /** The first refusals (at most 20): the input's index, the device and the rule's code. */
  refusals: { index: number; serialNumber: string | null; code: string }[];
}
