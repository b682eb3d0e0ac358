import type { DataSource, EntityManager } from 'typeorm';
import { recordEvents } from '@portal/platform';
import {
  METER_READINGS_DUE,
  METER_READINGS_DUE_VERSION,
  type MeterReadingsDueV1,
} from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterReading } from '../entities/meter-reading.entity';
import {
  AccountProjection,
  ReadingReminder,
  ReadingReminderPolicy,
} from '../entities/reading-reminder.entity';
import { METER_READING_TOPIC } from '../events';

/** Days before a period's last day that an organisation without a choice is reminded. */
export const DEFAULT_REMINDER_DAYS = 10;

interface Claimed {
  device_id: string;
  account_id: string;
  serial_number: string;
  period_start: string;
  due_date: string;
  stage: 'DUE' | 'OVERDUE';
}

/**
 * The reading reminder job: finds every active device that owes a period's reading (the rule of
 * `owedPeriod`, in SQL, each device in its own time zone) and is within its organisation's lead
 * time (DUE) or past the period's last day (OVERDUE), claims each (device, period, stage) once,
 * and publishes one MeterReadingsDue event per account, period and stage. One statement for the
 * whole fleet; replicas running it at once claim disjoint rows.
 */
export async function sendReadingReminders(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const claimed = await claimOwedDevices(manager);
    const groups = new Map<string, Claimed[]>();
    for (const row of claimed) {
      const key = `${row.account_id}|${row.period_start}|${row.stage}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    await recordEvents(
      manager,
      [...groups.values()].map((rows) => {
        const first = rows[0]!;
        const payload: MeterReadingsDueV1 = {
          accountId: first.account_id,
          stage: first.stage,
          periodStart: first.period_start,
          dueDate: first.due_date,
          devices: rows
            .map((r) => ({ deviceId: r.device_id, serialNumber: r.serial_number }))
            .sort((a, b) => a.serialNumber.localeCompare(b.serialNumber)),
        };
        return {
          topic: METER_READING_TOPIC,
          type: METER_READINGS_DUE,
          version: METER_READINGS_DUE_VERSION,
          aggregateId: first.account_id,
          payload,
        };
      }),
    );
    return groups.size;
  });
}

async function claimOwedDevices(manager: EntityManager): Promise<Claimed[]> {
  const table = (entity: Parameters<EntityManager['getRepository']>[0]) =>
    manager.getRepository(entity).metadata.tablePath;
  return (await manager.query(
    `WITH device AS (
       SELECT d.device_id, d.account_id, d.serial_number,
              CASE d.snapshot->>'readingFrequency' WHEN 'QUARTERLY' THEN 'quarter' ELSE 'month' END AS unit,
              CASE d.snapshot->>'readingFrequency' WHEN 'QUARTERLY' THEN interval '3 months' ELSE interval '1 month' END AS length,
              (now() AT TIME ZONE (d.snapshot->>'timeZone'))::date AS today,
              (SELECT r.reading_date FROM ${table(MeterReading)} r
                WHERE r.device_id = d.device_id ORDER BY r.reading_date DESC LIMIT 1) AS latest,
              COALESCE(p.days_before, $1) AS days_before
         FROM ${table(DeviceProjection)} d
         LEFT JOIN ${table(AccountProjection)} a ON a.account_id = d.account_id
         LEFT JOIN ${table(ReadingReminderPolicy)} p ON p.organization_id = a.organization_id
        WHERE d.status = 'ACTIVE'
     ), owed AS (
       SELECT device.*,
              CASE WHEN latest IS NULL THEN date_trunc(unit, today)::date
                   ELSE (date_trunc(unit, latest) + length)::date END AS period_start
         FROM device
     ), staged AS (
       SELECT owed.*, (period_start + length - interval '1 day')::date AS due_date
         FROM owed
        WHERE period_start <= date_trunc(unit, today)::date
     ), candidate AS (
       SELECT device_id, account_id, serial_number, period_start, due_date,
              CASE WHEN today > due_date THEN 'OVERDUE' ELSE 'DUE' END AS stage
         FROM staged
        WHERE today > due_date OR due_date - today <= days_before
     ), claimed AS (
       INSERT INTO ${table(ReadingReminder)} (device_id, period_start, stage)
       SELECT device_id, period_start, stage FROM candidate
       ON CONFLICT DO NOTHING
       RETURNING device_id, period_start, stage
     )
     SELECT c.device_id, c.account_id, c.serial_number, to_char(c.period_start, 'YYYY-MM-DD') AS period_start,
            to_char(c.due_date, 'YYYY-MM-DD') AS due_date, c.stage
       FROM candidate c JOIN claimed USING (device_id, period_start, stage)`,
    [DEFAULT_REMINDER_DAYS],
  )) as Claimed[];
}
