import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { writeTableExport, type ExportFormat, type TableExport } from '@portal/platform';
import { Shipment } from '../entities/shipment.entity';
import { StockLocation } from '../entities/stock-location.entity';
import type { ReplenishmentScope } from './replenishment-analytics';

/** The columns of a shipments export, in order. */
export const SHIPMENT_COLUMNS = [
  'createdAt',
  'stockLocation',
  'account',
  'sku',
  'quantity',
  'quantityReceived',
  'status',
  'reasonCode',
  'serialNumber',
  'carrier',
  'trackingNumber',
  'dispatchedAt',
  'deliveredAt',
] as const;

const utc = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * The shipments created in the scope's months (UTC, as the replenishment rollup counts them)
 * to its stock locations, oldest first.
 */
export function shipmentsExport(dataSource: DataSource, scope: ReplenishmentScope): TableExport {
  const table = (entity: typeof Shipment | typeof StockLocation) =>
    dataSource.getRepository(entity).metadata.tablePath;
  const [sql, params] = dataSource.driver.escapeQueryWithParameters(
    `SELECT ${utc('s.created_at')}, l.name, l.account_id, s.sku, s.quantity,
            s.quantity_received, s.status, s.reason_code, s.reason_parameters->>'serialNumber',
            s.carrier, s.tracking_number, ${utc('s.dispatched_at')}, ${utc('s.delivered_at')}
       FROM ${table(Shipment)} s
       JOIN ${table(StockLocation)} l ON l.id = s.location_id
      WHERE ${scope.locations?.sql ?? 'FALSE'}
        AND s.created_at >= (:from::date)::timestamp AT TIME ZONE 'UTC'
        AND s.created_at < (:to::date + interval '1 month') AT TIME ZONE 'UTC'
      ORDER BY s.created_at, s.id`,
    { ...(scope.locations?.params ?? {}), from: scope.from, to: scope.to },
  );
  return { sheet: 'Shipments', columns: SHIPMENT_COLUMNS, sql, params };
}

/** Writes the scope's shipments to `output` as CSV or XLSX, streamed from a cursor. */
export function writeShipmentsExport(
  dataSource: DataSource,
  scope: ReplenishmentScope,
  format: ExportFormat,
  output: Writable,
  progress?: (rows: number) => void,
): Promise<number> {
  return writeTableExport(dataSource, shipmentsExport(dataSource, scope), format, output, progress);
}
