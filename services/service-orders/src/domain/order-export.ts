import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { writeTableExport, type ExportFormat, type TableExport } from '@portal/platform';
import { DeviceProjection } from '../entities/device-projection.entity';
import { ServiceOrder } from '../entities/service-order.entity';
import { calendarFor, DEFAULT_COUNTRY } from './calendars';
import type { ServiceLevelScope } from './service-level-analytics';

const ZONE = calendarFor(DEFAULT_COUNTRY).config.timeZone;

/** The columns of an orders export, in order: each order and how its response time went. */
export const ORDER_COLUMNS = [
  'number',
  'serialNumber',
  'account',
  'type',
  'status',
  'channel',
  'submittedAt',
  'responseTimeHours',
  'responseDueAt',
  'respondedAt',
  'slaOutcome',
] as const;

/**
 * The SLA outcome as the response-time analytics count it: ON_TIME or LATE once responded,
 * OVERDUE while unresponded past its due time, PENDING before it, CANCELLED when cancelled
 * unresponded (not counted).
 */
const OUTCOME = `CASE
    WHEN o.responded_at IS NOT NULL AND o.responded_at <= o.response_due_at THEN 'ON_TIME'
    WHEN o.responded_at IS NOT NULL THEN 'LATE'
    WHEN o.status = 'CANCELLED' THEN 'CANCELLED'
    WHEN o.response_due_at < now() THEN 'OVERDUE'
    ELSE 'PENDING' END`;

const utc = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The orders submitted on the scope's days (calendar days) for its devices, oldest first. */
export function ordersExport(dataSource: DataSource, scope: ServiceLevelScope): TableExport {
  const table = (entity: typeof ServiceOrder | typeof DeviceProjection) =>
    dataSource.getRepository(entity).metadata.tablePath;
  const [sql, params] = dataSource.driver.escapeQueryWithParameters(
    `SELECT 'SO-' || lpad(o.sequence::text, 6, '0'), d.serial_number, d.account_id, o.type,
            o.status, o.channel, ${utc('o.submitted_at')}, o.response_time_hours,
            ${utc('o.response_due_at')}, ${utc('o.responded_at')}, ${OUTCOME}
       FROM ${table(ServiceOrder)} o
       JOIN ${table(DeviceProjection)} d ON d.device_id = o.device_id
      WHERE ${scope.devices?.sql ?? 'FALSE'}
        AND o.submitted_at >= (:from::date)::timestamp AT TIME ZONE '${ZONE}'
        AND o.submitted_at < (:to::date + 1)::timestamp AT TIME ZONE '${ZONE}'
      ORDER BY o.submitted_at, o.sequence`,
    { ...(scope.devices?.params ?? {}), from: scope.from, to: scope.to },
  );
  return { sheet: 'Service orders', columns: ORDER_COLUMNS, sql, params };
}

/** Writes the scope's orders with their SLA outcome to `output`, streamed from a cursor. */
export function writeOrdersExport(
  dataSource: DataSource,
  scope: ServiceLevelScope,
  format: ExportFormat,
  output: Writable,
  progress?: (rows: number) => void,
): Promise<number> {
  return writeTableExport(dataSource, ordersExport(dataSource, scope), format, output, progress);
}
