import type { EntityManager } from 'typeorm';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import { MeterUsageMonth } from '../entities/meter-usage-month.entity';
import { firstReceived, withReceivedPeriods, type Counted } from './billing-period-rollup';

/** A device's month whose rollup rows a write changed. */
export interface UsageMonthKey {
  deviceId: string;
  /** Any YYYY-MM-DD of the month. */
  day: string;
}

/** A reading stored after every stored reading of its device: no stored usage changed. */
export interface AppendedReading {
  deviceId: string;
  /** YYYY-MM-DD */
  day: string;
  values: { meter: string; usageSincePrevious: number | null }[];
}

/**
 * Recounts the rollup rows of the months given from their readings, in the caller's
 * transaction (which holds the devices' rows locked). Recounting a device's month rather
 * than adding a delta keeps every write path (a late reading that changes the next reading's
 * usage, correction, voiding) exact with one rule, and costs a few rows. `appended` readings
 * (other devices than the keys') only add their own usage: see addUsage.
 */
export async function refreshUsageMonths(
  manager: EntityManager,
  keys: UsageMonthKey[],
  appended: AppendedReading[] = [],
): Promise<void> {
  if (keys.length === 0 && appended.length === 0) return;
  const unique = new Map(keys.map((k) => [`${k.deviceId}:${k.day.slice(0, 7)}`, k]));
  const deviceIds = [...unique.values()].map((k) => k.deviceId);
  const months = [...unique.values()].map((k) => `${k.day.slice(0, 7)}-01`);
  const rollup = tableOf(manager, MeterUsageMonth);
  // The devices' billing periods received or lost their reading with these months.
  await withReceivedPeriods(manager, deviceIds, months, async () => {
    if (deviceIds.length) {
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
    return addUsage(manager, appended);
  });
}

/**
 * The month-end case without a recount: readings appended after their devices' stored ones
 * change no stored usage, so their months' rows grow by the readings' own rows as countSql
 * counts them (usage, one reading, the latest day). One statement, which also answers the
 * billing periods they are the first reading of (firstReceived).
 */
async function addUsage(manager: EntityManager, appended: AppendedReading[]): Promise<Counted[]> {
  if (appended.length === 0) return [];
  const rollup = tableOf(manager, MeterUsageMonth);
  return firstReceived(
    manager,
    `WITH u AS (
       SELECT v.device_id, date_trunc('month', v.day)::date AS month, v.meter,
              sum(coalesce(v.usage, 0)) AS usage, count(*)::int AS readings, max(v.day) AS last
         FROM json_to_recordset($1::json) AS v(device_id uuid, day date, meter text, usage bigint)
        GROUP BY 1, 2, 3
     ), added AS (
       INSERT INTO ${rollup} AS m (device_id, month, meter, usage, readings, last_reading_date)
       SELECT * FROM u ORDER BY device_id, month, meter
       ON CONFLICT (device_id, month, meter) DO UPDATE
          SET usage = m.usage + EXCLUDED.usage, readings = m.readings + EXCLUDED.readings,
              last_reading_date = greatest(m.last_reading_date, EXCLUDED.last_reading_date)
     )`,
    [
      JSON.stringify(
        appended.flatMap(({ deviceId, day, values }) =>
          values.map((v) => ({
            device_id: deviceId,
            day,
            meter: v.meter,
            usage: v.usageSincePrevious,
          })),
        ),
      ),
    ],
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
