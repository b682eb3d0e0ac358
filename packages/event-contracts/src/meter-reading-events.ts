import { nameUuid, type DomainEvent } from '@portal/platform';
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

/** A stored reading as billing sees it: the same fields in both acceptance events. */
export interface AcceptedMeterReadingV1 {
  readingId: string;
  deviceId: string;
  accountId: string;
  serialNumber: string;
  contractNumber: string;
  /** YYYY-MM-DD in the device's time zone */
  readingDate: string;
  /** The day of the reading before it; null for the device's first. */
  previousReadingDate: string | null;
  source: 'PORTAL' | 'E_MAINTENANCE' | 'PHONE';
  /** "user:<id>" or "apiKey:<id>" (Principal.actor) */
  submittedBy: string;
  /** ISO-8601 */
  submittedAt: string;
  values: CorrectedMeterValueV1[];
}

/**
 * # One accepted reading: topic `meter-readings`, type `MeterReadingAccepted`, version 1
 *
 * **Superseded by `MeterReadingsAccepted` v1 (below); no longer sent.** The payload is one
 * `AcceptedMeterReadingV1`, `aggregateId` the reading's uuid. Events of this type already on the
 * stream (sent before the intake moved to one event per submission) are still delivered:
 * consumers keep understanding both until every stream position holding one has been applied,
 * which `acceptedReadingsOf` does for them. It is removed from this contract in a later round.
 */
export const METER_READING_ACCEPTED = 'MeterReadingAccepted';
export const METER_READING_ACCEPTED_VERSION = 1;
export type MeterReadingAcceptedV1 = AcceptedMeterReadingV1;

/**
 * # Accepted readings: topic `meter-readings`, type `MeterReadingsAccepted`, version 1
 *
 * The readings one submission stored: one `submitMeterReading` (one reading) or one
 * `submitMeterReadings` batch (up to 1000), in submission order; several devices and accounts
 * may share an event. 1000 readings of five meters make about 0.75 MB of JSON, within the broker's
 * default 1 MB message limit. Recorded in the submission's transaction (transactional outbox), so the
 * event exists if and only if its readings do, and a replayed submission (same idempotency keys)
 * sends nothing. Delivered at least once: keep the event ids you have applied, or key what you
 * derive from each reading by `readingEventId(event, readingId)` (stable across redeliveries).
 * `aggregateId` is the event's own id (a batch spans devices: order per device by `readingDate`).
 *
 * Billing: invoice on the absolute `values`. A service agent may later enter a reading for an
 * earlier day between two others, which changes the later reading's `usageSincePrevious` (its
 * stored value is corrected; no second event is sent for it); a correction or voiding sends
 * MeterReadingCorrected. Ignore fields you do not know; fields may be added within version 1.
 */
export const METER_READINGS_ACCEPTED = 'MeterReadingsAccepted';
export const METER_READINGS_ACCEPTED_VERSION = 1;

export interface MeterReadingsAcceptedV1 {
  readings: AcceptedMeterReadingV1[];
}

/**
 * The readings an event says were accepted, whichever of the two contracts it follows; null for
 * any other event. Consumers call this instead of matching a type, so they read both.
 */
export function acceptedReadingsOf(event: DomainEvent): AcceptedMeterReadingV1[] | null {
  if (event.topic !== METER_READINGS_TOPIC || event.version !== 1) return null;
  if (event.type === METER_READINGS_ACCEPTED)
    return (event.payload as MeterReadingsAcceptedV1).readings;
  if (event.type === METER_READING_ACCEPTED) return [event.payload as MeterReadingAcceptedV1];
  return null;
}

/**
 * A stable id for what a consumer derives from one reading of an acceptance event (a webhook,
 * a notification): the event's id for the single-reading event, else a name-based uuid of the
 * event and the reading, the same on every redelivery of the event.
 */
export function readingEventId(event: DomainEvent, readingId: string): string {
  return event.type === METER_READING_ACCEPTED
    ? event.id
    : nameUuid(`${event.id}:reading:${readingId}`);
}

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
