import type { EntityManager } from 'typeorm';
import { Shipment } from '../entities/shipment.entity';
import { ShipmentMonth } from '../entities/shipment-month.entity';

const month = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'UTC')::date`;
const COLUMNS = 'location_id, month, sku, shipments, units_ordered, units_delivered';

/**
 * Recounts the months a shipment's change touches (the month it was created and, once
 * delivered, the month it arrived) for its location and product, in the caller's transaction.
 */
export async function refreshShipmentMonths(
  manager: EntityManager,
  shipment: Pick<Shipment, 'locationId' | 'sku' | 'createdAt' | 'deliveredAt'>,
): Promise<void> {
  const rollup = tableOf(manager, ShipmentMonth);
  const params = [
    shipment.locationId,
    shipment.sku,
    [shipment.createdAt, shipment.deliveredAt ?? shipment.createdAt],
  ];
  const months = `SELECT DISTINCT ${month('t')} AS month FROM unnest($3::timestamptz[]) t`;
  await manager.query(
    `DELETE FROM ${rollup} WHERE location_id = $1 AND sku = $2 AND month IN (${months})`,
    params,
  );
  await manager.query(
    `INSERT INTO ${rollup} (${COLUMNS})
     ${countSql(manager, 's.location_id = $1 AND s.sku = $2', `f.month IN (${months})`)}`,
    params,
  );
}

/** Empties the rollup and counts it again from every shipment (`npm run rollups:rebuild`). */
export async function rebuildShipmentMonths(manager: EntityManager): Promise<number> {
  const rollup = tableOf(manager, ShipmentMonth);
  await manager.query(`TRUNCATE ${rollup}`);
  await manager.query(`INSERT INTO ${rollup} (${COLUMNS}) ${countSql(manager, 'TRUE')}`);
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM ${rollup}`,
  );
  return count;
}

/** The rollup's rows from the shipments `shipments` (on `s`), the rows `keep` (on `f`). */
function countSql(manager: EntityManager, shipments: string, keep = 'TRUE'): string {
  const table = tableOf(manager, Shipment);
  return `SELECT f.location_id, f.month, f.sku, sum(f.shipments)::int, sum(f.ordered)::int,
                 sum(f.delivered)::int
            FROM (
              SELECT s.location_id, ${month('s.created_at')} AS month, s.sku, 1 AS shipments,
                     s.quantity AS ordered, 0 AS delivered
                FROM ${table} s WHERE ${shipments}
              UNION ALL
              SELECT s.location_id, ${month('s.delivered_at')}, s.sku, 0, 0, s.quantity
                FROM ${table} s WHERE ${shipments} AND s.delivered_at IS NOT NULL
            ) f
           WHERE ${keep}
           GROUP BY f.location_id, f.month, f.sku`;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function tableOf(manager: EntityManager, entity: Function): string {
  return manager.getRepository(entity).metadata.tablePath;
}
