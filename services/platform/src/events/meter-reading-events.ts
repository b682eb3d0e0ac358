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
