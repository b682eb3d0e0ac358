import type { EntityManager } from 'typeorm';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import { recordMeterReadingsAccepted } from '../events';
import type { Correction, Verdicts } from './batch-judging';
import { refreshUsageMonths } from './usage-rollup';

/**
 * Writes what a batch's judging accepted, in its transaction and in a constant number of
 * statements: the readings with their values, the stored readings they now precede, the usage
 * rollup of the months touched, and one MeterReadingsAccepted event for the whole submission.
 */
export async function writeAccepted(manager: EntityManager, verdicts: Verdicts): Promise<void> {
  const { accepted, corrections } = verdicts;
  if (accepted.length === 0) return;
  await insertReadings(manager, verdicts);
  if (corrections.size) await reconnectStored(manager, [...corrections.values()]);
  // A device whose stored reading got a new previous one has its touched months counted
  // again; the others' readings all come after their stored ones, and only add.
  const recounted = new Set(
    [...corrections.values()].map(({ previous }) => previous.accepted.reading.deviceId),
  );
  const readings = accepted.map(({ accepted: { reading, values } }) => ({
    deviceId: reading.deviceId,
    day: reading.readingDate,
    values,
  }));
  await refreshUsageMonths(
    manager,
    [
      ...readings.filter((r) => recounted.has(r.deviceId)),
      ...[...corrections.values()].map(({ reading, previous }) => ({
        deviceId: previous.accepted.reading.deviceId,
        day: reading.readingDate,
      })),
    ],
    readings.filter((r) => !recounted.has(r.deviceId)),
  );
  await recordMeterReadingsAccepted(manager, accepted);
}

/**
 * One statement for the readings and their values, each set one JSON document parameter: a
 * batch of 1000 costs what one reading does, and no array literal needs escaping. The values
 * flat, not nested per reading: one recordset instead of one per reading.
 */
async function insertReadings(manager: EntityManager, { accepted }: Verdicts): Promise<void> {
  await manager.query(
    `WITH readings AS (
       INSERT INTO ${manager.getRepository(MeterReading).metadata.tablePath}
         (id, device_id, reading_date, source, submitted_by, submitted_by_name, submitted_at,
          previous_reading_date, idempotency_key, increase_confirmed)
       SELECT * FROM json_to_recordset($1::json) AS r(id uuid, device_id uuid,
         reading_date date, source text, submitted_by text, submitted_by_name text,
         submitted_at timestamptz, previous_reading_date date, idempotency_key text,
         increase_confirmed boolean)
     )
     INSERT INTO ${manager.getRepository(MeterReadingValue).metadata.tablePath}
       (reading_id, meter, value, usage_since_previous)
     SELECT * FROM json_to_recordset($2::json)
         AS v(reading_id uuid, meter text, value bigint, usage_since_previous bigint)`,
    [
      JSON.stringify(
        accepted.map(({ accepted: { reading } }) => ({
          id: reading.id,
          device_id: reading.deviceId,
          reading_date: reading.readingDate,
          source: reading.source,
          submitted_by: reading.submittedBy,
          submitted_by_name: reading.submittedByName,
          submitted_at: reading.submittedAt,
          previous_reading_date: reading.previousReadingDate,
          idempotency_key: reading.idempotencyKey,
          increase_confirmed: reading.increaseConfirmed,
        })),
      ),
      JSON.stringify(
        accepted.flatMap(({ accepted: { reading, values } }) =>
          values.map((v) => ({
            reading_id: reading.id,
            meter: v.meter,
            value: v.value,
            usage_since_previous: v.usageSincePrevious,
          })),
        ),
      ),
    ],
  );
}

/**
 * A reading entered for an earlier day becomes the previous one of the reading after it: the
 * stored readings so corrected, and their usages, in one statement.
 */
async function reconnectStored(manager: EntityManager, corrections: Correction[]): Promise<void> {
  await manager.query(
    `WITH c AS (
       SELECT * FROM json_to_recordset($1::json)
         AS c(id uuid, previous_reading_date date, usages json)
     ), readings AS (
       UPDATE ${manager.getRepository(MeterReading).metadata.tablePath} r
          SET previous_reading_date = c.previous_reading_date
         FROM c WHERE r.id = c.id
     )
     UPDATE ${manager.getRepository(MeterReadingValue).metadata.tablePath} v
        SET usage_since_previous = u.usage
       FROM c, json_to_recordset(c.usages) AS u(meter text, usage bigint)
      WHERE v.reading_id = c.id AND v.meter = u.meter`,
    [
      JSON.stringify(
        corrections.map(({ reading, previous }) => ({
          id: reading.id,
          previous_reading_date: previous.readingDate,
          usages: [...reading.values].map(([meter, value]) => {
            const before = previous.values.get(meter);
            return { meter, usage: before === undefined ? null : value - before };
          }),
        })),
      ),
    ],
  );
}
