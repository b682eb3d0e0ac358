import type { EntityManager } from 'typeorm';
import { DeviceProjection } from '../entities/device-projection.entity';
import { ServiceOrderDay } from '../entities/service-order-day.entity';
import { ServiceOrderAccountDay } from '../entities/service-order-account-day.entity';

export const COUNTS = [
  'submitted',
  'due',
  'responded_on_time',
  'responded_late',
  'unresponded',
  'finished',
] as const;

type AccountDay = { account_id: string; day: string } & Record<(typeof COUNTS)[number], number>;

/**
 * The account-day rows of device-day rows `rows` (a query's name over service_order_day's
 * columns): each device's by its account now, partners' sandboxes left out.
 */
export function accountDaysOf(manager: EntityManager, rows: string): string {
  return `SELECT d.account_id::text AS account_id, g.day::text AS day,
                 ${COUNTS.map((c) => `sum(g.${c})::int AS ${c}`).join(', ')}
            FROM ${rows} g JOIN ${tableOf(manager, DeviceProjection)} d ON d.device_id = g.device_id
           WHERE (d.snapshot->>'sandbox') IS DISTINCT FROM 'true'
           GROUP BY 1, 2`;
}

/**
 * Around the projection of a device (its account may change, or it may turn out a sandbox's):
 * its service_order_day rows move from the account before to the account after.
 */
export async function withDeviceAccountDays(
  manager: EntityManager,
  deviceId: string,
  project: () => Promise<void>,
): Promise<void> {
  const part = (): Promise<AccountDay[]> =>
    manager.query(
      accountDaysOf(
        manager,
        `(SELECT * FROM ${tableOf(manager, ServiceOrderDay)} WHERE device_id = $1)`,
      ),
      [deviceId],
    );
  const before = await part();
  await project();
  await applyAccountDays(manager, before, await part());
}

/**
 * Adds after − before to the account-day rows, in key order (concurrent writers lock them in
 * the same order), and drops the rows left all zero, as a rebuild would not write them.
 */
export async function applyAccountDays(
  manager: EntityManager,
  before: AccountDay[],
  after: AccountDay[],
): Promise<void> {
  const delta = new Map<string, AccountDay>();
  for (const [rows, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    for (const row of rows) {
      const key = `${row.day}|${row.account_id}`;
      const entry =
        delta.get(key) ??
        ({
          account_id: row.account_id,
          day: row.day,
          ...Object.fromEntries(COUNTS.map((c) => [c, 0])),
        } as AccountDay);
      for (const c of COUNTS) entry[c] += sign * row[c];
      delta.set(key, entry);
    }
  }
  const changed = [...delta.values()].filter((row) => COUNTS.some((c) => row[c] !== 0));
  if (changed.length === 0) return;
  const table = tableOf(manager, ServiceOrderAccountDay);
  const columns = `day date, account_id uuid, ${COUNTS.map((c) => `${c} int`).join(', ')}`;
  await manager.query(
    `INSERT INTO ${table} AS t (day, account_id, ${COUNTS.join(', ')})
     SELECT day, account_id, ${COUNTS.join(', ')}
       FROM json_to_recordset($1::json) AS c(${columns}) ORDER BY day, account_id
     ON CONFLICT (day, account_id) DO UPDATE
        SET ${COUNTS.map((c) => `${c} = t.${c} + EXCLUDED.${c}`).join(', ')}`,
    [JSON.stringify(changed)],
  );
  await manager.query(
    `DELETE FROM ${table} t USING json_to_recordset($1::json) AS c(day date, account_id uuid)
      WHERE t.day = c.day AND t.account_id = c.account_id
        AND ${COUNTS.map((c) => `t.${c} = 0`).join(' AND ')}`,
    [JSON.stringify(changed)],
  );
}

/** Empties the account rollup and sums it again from service_order_day. */
export async function rebuildAccountDays(manager: EntityManager): Promise<number> {
  const table = tableOf(manager, ServiceOrderAccountDay);
  await manager.query(`TRUNCATE ${table}`);
  await manager.query(
    `INSERT INTO ${table} (account_id, day, ${COUNTS.join(', ')})
     SELECT account_id::uuid, day::date, ${COUNTS.join(', ')}
       FROM (${accountDaysOf(manager, tableOf(manager, ServiceOrderDay))}) a`,
  );
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM ${table}`,
  );
  return count;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function tableOf(manager: EntityManager, entity: Function): string {
  return manager.getRepository(entity).metadata.tablePath;
}
