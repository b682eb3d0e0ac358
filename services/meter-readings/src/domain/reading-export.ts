import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import type { VolumeScope } from './fleet-analytics';

export type ExportFormat = 'CSV' | 'XLSX';

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

/** Rows fetched from the server-side cursor at a time: memory stays flat however many. */
const BATCH = 1000;
/** Rows between two turns of the event loop while writing XLSX. */
const YIELD_EVERY = 100;
/** How long one export may read. */
const EXPORT_TIMEOUT = '15min';

/**
 * Writes the readings of the scope's devices and months to `output` as CSV or XLSX, streamed
 * from a cursor (pg-query-stream), never the whole set in memory; `progress` hears the rows
 * written so far every batch. Answers the number of rows.
 */
export async function writeReadingsExport(
  dataSource: DataSource,
  scope: VolumeScope,
  format: ExportFormat,
  output: Writable,
  progress: (rows: number) => void = () => {},
): Promise<number> {
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
  const runner = dataSource.createQueryRunner('slave');
  const client = (await runner.connect()) as PoolClient;
  // One read-only snapshot; the cursor's statement lasts as long as the export, so it gets
  // an export's time limit rather than a request's.
  await client.query(`BEGIN READ ONLY`);
  try {
    await client.query(`SET LOCAL statement_timeout = '${EXPORT_TIMEOUT}'`);
    const rows = client.query(new QueryStream(sql, params, { batchSize: BATCH, rowMode: 'array' }));
    const count =
      format === 'CSV'
        ? await writeCsv(rows, output, progress)
        : await writeXlsx(rows, output, progress);
    await client.query('COMMIT');
    return count;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

async function writeCsv(
  rows: AsyncIterable<unknown[]>,
  output: Writable,
  progress: (rows: number) => void,
): Promise<number> {
  let count = 0;
  const csv = stringify({ header: true, columns: [...READING_COLUMNS] });
  const counted = async function* () {
    for await (const row of rows) {
      if (++count % BATCH === 0) progress(count);
      yield row;
    }
  };
  await pipeline(counted, csv, output);
  progress(count);
  return count;
}

async function writeXlsx(
  rows: AsyncIterable<unknown[]>,
  output: Writable,
  progress: (rows: number) => void,
): Promise<number> {
  // Streaming writer: each committed row leaves memory; no shared strings to keep.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Readings');
  sheet.addRow([...READING_COLUMNS]).commit();
  let count = 0;
  for await (const [serial, model, account, day, meter, value, usage, source] of rows) {
    sheet
      .addRow([
        serial,
        model,
        account,
        day,
        meter,
        Number(value),
        usage === null ? null : Number(usage),
        source,
      ])
      .commit();
    if (++count % YIELD_EVERY === 0) {
      // commit() hands the row to the zip synchronously: let it compress what it holds before
      // more arrives, so that memory stays flat instead of holding the sheet.
      await new Promise((resolve) => setImmediate(resolve));
      if (count % BATCH === 0) progress(count);
    }
  }
  sheet.commit();
  await workbook.commit();
  progress(count);
  return count;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function table(dataSource: DataSource, entity: Function): string {
  return dataSource.getRepository(entity).metadata.tablePath;
}
