import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import {
  numberCell,
  writeTableExport,
  type ExportFormat,
  type TableExport,
} from '@portal/platform';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import type { VolumeScope } from './fleet-analytics';

export type { ExportFormat } from '@portal/platform';

/** The columns of a readings export, in order, as the invoice's meter usage shows them. */
export const READING_COLUMNS = [
  'serialNumber',
  'model',
  'account',
  'readingDate',
  'meter',
  'value',
  'usageSincePrevious',
  'source',
] as const;

/** The readings of the scope's devices and months, one row per meter, as an export reads them. */
export function readingsExport(dataSource: DataSource, scope: VolumeScope): TableExport {
  const [sql, params] = dataSource.driver.escapeQueryWithParameters(
    `SELECT d.serial_number, d.snapshot->>'modelName', d.account_id, r.reading_date::text,
            v.meter, v.value, v.usage_since_previous, r.source
       FROM ${table(dataSource, DeviceProjection)} d
       JOIN ${table(dataSource, MeterReading)} r ON r.device_id = d.device_id
       JOIN ${table(dataSource, MeterReadingValue)} v ON v.reading_id = r.id
      WHERE ${scope.devices?.sql ?? 'FALSE'}
        AND r.reading_date >= :from::date AND r.reading_date < (:to::date + interval '1 month')
      ORDER BY d.serial_number, r.reading_date, v.meter`,
    { ...(scope.devices?.params ?? {}), from: scope.from, to: scope.to },
  );
  return {
    sheet: 'Readings',
    columns: READING_COLUMNS,
    sql,
    params,
    cells: ([serial, model, account, day, meter, value, usage, source]) => [
      serial,
      model,
      account,
      day,
      meter,
      numberCell(value),
      numberCell(usage),
      source,
    ],
  };
}

/**
 * Writes the readings of the scope's devices and months to `output` as CSV or XLSX, streamed
 * from a cursor, never the whole set in memory. Answers the number of rows.
 */
export function writeReadingsExport(
  dataSource: DataSource,
  scope: VolumeScope,
  format: ExportFormat,
  output: Writable,
  progress?: (rows: number) => void,
): Promise<number> {
  return writeTableExport(dataSource, readingsExport(dataSource, scope), format, output, progress);
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function table(dataSource: DataSource, entity: Function): string {
  return dataSource.getRepository(entity).metadata.tablePath;
}
