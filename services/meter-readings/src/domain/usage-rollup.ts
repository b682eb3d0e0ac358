import type { EntityManager } from 'typeorm';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import { MeterUsageMonth } from '../entities/meter-usage-month.entity';

/** A device's month whose rollup rows a write changed. */
export interface UsageMonthKey {
  deviceId: string;
  /** Any YYYY-MM-DD of the month. */
  day: string;
}

/**
 * Recounts the rollup rows of the months given from their readings, in the caller's
 * transaction (which holds the devices' rows locked). Recounting a device's month rather
 * than adding a delta keeps every write path (intake, a late reading that changes the next
 * reading's usage, correction, voiding) exact with one rule, and costs a few rows.
 */
export async function refreshUsageMonths(
  manager: EntityManager,
  keys: UsageMonthKey[],
): Promise<void> {
  if (keys.length === 0) return;
  const unique = new Map(keys.map((k) => [`${k.deviceId}:${k.day.slice(0, 7)}`, k]));
  const deviceIds = [...unique.values()].map((k) => k.deviceId);
  const months = [...unique.values()].map((k) => `${k.day.slice(0, 7)}-01`);
  const rollup = tableOf(manager, MeterUsageMonth);
  await manager.query(
    `DELETE FROM ${rollup} m USING unnest($1::uuid[], $2::date[]) AS k(device_id, month)
      WHERE m.device_id = k.device_id AND m.month = k.month`,
    [deviceIds, months],
  );
  await manager.query(
    `INSERT INTO ${rollup} (device_id, month, meter, usage, readings, last_reading_date)
     ${countSql(
       manager,
       `JOIN unnest($1::uuid[], $2::date[]) AS k(device_id, month)
          ON r.device_id = k.device_id AND r.reading_date >= k.month
         AND r.reading_date < k.month + interval '1 month'`,
     )}`,
    [deviceIds, months],
  );
}

/** Empties the rollup and counts it again from every reading (`npm run rollups:rebuild`). */
export async function rebuildUsageMonths(manager: EntityManager): Promise<number> {
  const rollup = tableOf(manager, MeterUsageMonth);
  await manager.query(`TRUNCATE ${rollup}`);
  await manager.query(
    `INSERT INTO ${rollup} (device_id, month, meter, usage, readings, last_reading_date)
     ${countSql(manager, '')}`,
  );
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM ${rollup}`,
  );
  return count;
}

/** The rollup's rows from the readings, restricted by `join`: the one rule both share. */
function countSql(manager: EntityManager, join: string): string {
  return `SELECT r.device_id, date_trunc('month', r.reading_date)::date, v.meter,
                 sum(coalesce(v.usage_since_previous, 0)), count(*), max(r.reading_date)
            FROM ${tableOf(manager, MeterReading)} r ${join}
            JOIN ${tableOf(manager, MeterReadingValue)} v ON v.reading_id = r.id
           GROUP BY 1, 2, 3`;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function tableOf(manager: EntityManager, entity: Function): string {
  return manager.getRepository(entity).metadata.tablePath;
}
