import type { EntityManager } from 'typeorm';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterUsageMonth } from '../entities/meter-usage-month.entity';
import { ReadingsOwedCohort, ReadingsReceivedPeriod } from '../entities/billing-period.entity';

/** Over the device_projection alias `d`: the device reads quarterly (else monthly). */
const QUARTERLY = `d.snapshot->>'readingFrequency' = 'QUARTERLY'`;
/** Over `d`: the device owes readings at all (the service centre's view: no sandboxes). */
const OWES = `d.status <> 'DECOMMISSIONED' AND (d.snapshot->>'sandbox') IS DISTINCT FROM 'true'`;
/** The first month of the device's billing period that holds `month` (a YYYY-MM-01 date). */
const periodStart = (month: string) =>
  `CASE WHEN ${QUARTERLY} THEN date_trunc('quarter', ${month})::date ELSE ${month} END`;
/** The months after the first that a billing period starting at `start` has. */
const periodRest = `CASE WHEN ${QUARTERLY} THEN interval '2 months' ELSE interval '0' END`;

/** A row of a rollup as counted: its key columns' values, and the devices. */
export interface Counted {
  key: string[];
  devices: number;
}

/** The rollup rows of one table, as the rule counts them: key columns, then `devices`. */
interface Rollup {
  entity: typeof ReadingsOwedCohort | typeof ReadingsReceivedPeriod;
  keys: string[];
  types: string[];
  count: (manager: EntityManager, where: string, join?: string) => string;
}

const RECEIVED: Rollup = {
  entity: ReadingsReceivedPeriod,
  keys: ['month', 'account_id'],
  types: ['date', 'uuid'],
  count: (manager, where, join = '') =>
    `SELECT (s.start + ${periodRest})::date::text AS month, d.account_id::text AS account_id,
            count(DISTINCT d.device_id)::int AS devices
       FROM ${tableOf(manager, DeviceProjection)} d
       JOIN ${tableOf(manager, MeterUsageMonth)} m
         ON m.device_id = d.device_id AND m.meter = 'TOTAL'
      CROSS JOIN LATERAL (SELECT ${periodStart('m.month')} AS start) s ${join}
      WHERE ${OWES} AND (d.snapshot->>'installedAt')::date < s.start AND ${where}
      GROUP BY 1, 2`,
};

const OWED: Rollup = {
  entity: ReadingsOwedCohort,
  keys: ['installed_month', 'reading_frequency', 'account_id'],
  types: ['date', 'text', 'uuid'],
  count: (manager, where) =>
    `SELECT date_trunc('month', (d.snapshot->>'installedAt')::date)::date::text AS installed_month,
            CASE WHEN ${QUARTERLY} THEN 'QUARTERLY' ELSE 'MONTHLY' END AS reading_frequency,
            d.account_id::text AS account_id, count(*)::int AS devices
       FROM ${tableOf(manager, DeviceProjection)} d
      WHERE ${OWES} AND ${where}
      GROUP BY 1, 2, 3`,
};

/**
 * Around a change of the readings of devices' months (`change` recounts meter_usage_month):
 * the received-readings rollup moves by what the change did to those devices' billing
 * periods. The caller's transaction holds the devices' rows locked.
 */
export async function withReceivedPeriods(
  manager: EntityManager,
  deviceIds: string[],
  months: string[],
  change: () => Promise<Counted[]>,
): Promise<void> {
  // The quarter around each month bounds the usage rows read (an index range per key).
  const join = `JOIN unnest($1::uuid[], $2::date[]) AS k(device_id, month)
      ON k.device_id = d.device_id AND ${periodStart('k.month')} = s.start
     AND m.month >= date_trunc('quarter', k.month)::date
     AND m.month < (date_trunc('quarter', k.month) + interval '3 months')::date`;
  const count = async () =>
    deviceIds.length
      ? counted(manager, RECEIVED, RECEIVED.count(manager, 'TRUE', join), [deviceIds, months])
      : [];
  const before = await count();
  // What the change adds outside those devices (firstReceived), in the same delta: one
  // statement locks the rollup's rows, in key order.
  const added = await change();
  await applyDelta(manager, RECEIVED, before, [...(await count()), ...added]);
}

/**
 * The rows the received rollup gains when a statement adds the usage rows `u` (device_id,
 * month, meter) to meter_usage_month in a WITH clause and removes none: a device's billing
 * period counts once its first TOTAL row is in. The statement's snapshot is the usage rollup
 * before its own writes, so NOT EXISTS looks at the period as it was. Same filters as RECEIVED.
 */
export async function firstReceived(
  manager: EntityManager,
  withClause: string,
  params: unknown[],
): Promise<Counted[]> {
  return counted(
    manager,
    RECEIVED,
    // The periods materialized first: their bounds are then an index range of the probe.
    `${withClause}, p AS MATERIALIZED (
       SELECT d.device_id, d.account_id, s.start, (s.start + ${periodRest})::date AS last
         FROM u JOIN ${tableOf(manager, DeviceProjection)} d ON d.device_id = u.device_id
        CROSS JOIN LATERAL (SELECT ${periodStart('u.month')} AS start) s
        WHERE u.meter = 'TOTAL' AND ${OWES} AND (d.snapshot->>'installedAt')::date < s.start
     )
     SELECT p.last::text AS month, p.account_id::text AS account_id,
            count(DISTINCT p.device_id)::int AS devices
       FROM p
      WHERE NOT EXISTS (SELECT FROM ${tableOf(manager, MeterUsageMonth)} m
                         WHERE m.device_id = p.device_id AND m.meter = 'TOTAL'
                           AND m.month >= p.start AND m.month <= p.last)
      GROUP BY 1, 2`,
    params,
  );
}

/**
 * Around the projection of a device (its account, status, frequency or installation may
 * change): both rollups move by the device's part in them before and after.
 */
export async function withDeviceBillingPeriods(
  manager: EntityManager,
  deviceId: string,
  project: () => Promise<void>,
): Promise<void> {
  const parts = () =>
    Promise.all(
      [OWED, RECEIVED].map((rollup) =>
        counted(manager, rollup, rollup.count(manager, 'd.device_id = $1'), [deviceId]),
      ),
    );
  const before = await parts();
  await project();
  const after = await parts();
  await applyDelta(manager, OWED, before[0]!, after[0]!);
  await applyDelta(manager, RECEIVED, before[1]!, after[1]!);
}

/** Empties both rollups and counts them again from the devices and the usage rollup. */
export async function rebuildBillingPeriods(manager: EntityManager): Promise<{
  readings_owed_cohort: number;
  readings_received_period: number;
}> {
  const counts: number[] = [];
  for (const rollup of [OWED, RECEIVED]) {
    const table = tableOf(manager, rollup.entity);
    await manager.query(`TRUNCATE ${table}`);
    await manager.query(
      `INSERT INTO ${table} (${rollup.keys.join(', ')}, devices)
       SELECT ${rollup.keys.map((k, i) => `c.${k}::${rollup.types[i]}`).join(', ')}, c.devices
         FROM (${rollup.count(manager, 'TRUE')}) c`,
    );
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM ${table}`,
    );
    counts.push(count);
  }
  return { readings_owed_cohort: counts[0]!, readings_received_period: counts[1]! };
}

async function counted(
  manager: EntityManager,
  rollup: Rollup,
  sql: string,
  params: unknown[],
): Promise<Counted[]> {
  const rows: Record<string, string | number>[] = await manager.query(sql, params);
  return rows.map((r) => ({
    key: rollup.keys.map((k) => String(r[k])),
    devices: Number(r.devices),
  }));
}

/**
 * Adds after − before to the rollup's rows, in key order (concurrent writers lock them in
 * the same order), and drops the rows that reach zero, as a rebuild would not write them.
 */
async function applyDelta(
  manager: EntityManager,
  rollup: Rollup,
  before: Counted[],
  after: Counted[],
): Promise<void> {
  const delta = new Map<string, Counted>();
  for (const [rows, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    for (const row of rows) {
      const id = row.key.join('|');
      const entry = delta.get(id) ?? { key: row.key, devices: 0 };
      entry.devices += sign * row.devices;
      delta.set(id, entry);
    }
  }
  const changed = [...delta.values()]
    .filter((row) => row.devices !== 0)
    .map((row) => ({
      ...Object.fromEntries(rollup.keys.map((k, i) => [k, row.key[i]])),
      devices: row.devices,
    }));
  if (changed.length === 0) return;
  const table = tableOf(manager, rollup.entity);
  const columns = rollup.keys.map((k, i) => `${k} ${rollup.types[i]}`).join(', ');
  const keys = rollup.keys.join(', ');
  await manager.query(
    `INSERT INTO ${table} AS t (${keys}, devices)
     SELECT ${keys}, devices FROM json_to_recordset($1::json) AS c(${columns}, devices int)
      ORDER BY ${keys}
     ON CONFLICT (${keys}) DO UPDATE SET devices = t.devices + EXCLUDED.devices`,
    [JSON.stringify(changed)],
  );
  // Rows only grown (appended readings) cannot have reached zero.
  if (changed.every((row) => row.devices > 0)) return;
  await manager.query(
    `DELETE FROM ${table} t USING json_to_recordset($1::json) AS c(${columns})
      WHERE ${rollup.keys.map((k) => `t.${k} = c.${k}`).join(' AND ')} AND t.devices = 0`,
    [JSON.stringify(changed)],
  );
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function tableOf(manager: EntityManager, entity: Function): string {
  return manager.getRepository(entity).metadata.tablePath;
}
