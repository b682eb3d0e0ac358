import { once, type EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { stringify } from 'csv-stringify';
import type ExcelJS from 'exceljs';

export type ExportFormat = 'CSV' | 'XLSX' | 'PDF';

/** A file that is no table (a PDF statement): it counts its rows and writes itself. */
export interface DocumentExport {
  /** The rows it will show: the progress' total. */
  count(): Promise<number>;
  /** Writes the file to `output`, telling `progress` the rows written; answers their number. */
  write(output: Writable, progress: (rows: number) => void): Promise<number>;
}

/** One export: a query in array row mode, its column names and how a row becomes cells. */
export interface TableExport {
  /** The worksheet's name in XLSX. */
  sheet: string;
  columns: readonly string[];
  /** Positional SQL and its values (escapeQueryWithParameters or getQueryAndParameters). */
  sql: string;
  params: unknown[];
  /** The cells of a row as the query answers it; numbers as numbers, so XLSX sums them. */
  cells?: (row: unknown[]) => unknown[];
}

/** Rows fetched from the server-side cursor at a time: memory stays flat however many. */
const BATCH = 1000;
/** Rows between two turns of the event loop while writing XLSX. */
const YIELD_EVERY = 100;
/** How long one export may read. */
const EXPORT_TIMEOUT = '15min';

/**
 * Writes the export's rows to `output` as CSV or XLSX, streamed from a cursor
 * (pg-query-stream) in one read-only snapshot, never the whole set in memory; `progress` hears
 * the rows written so far every batch. Answers the number of rows.
 */
export async function writeTableExport(
  dataSource: DataSource,
  table: TableExport,
  format: ExportFormat,
  output: Writable,
  progress: (rows: number) => void = () => {},
): Promise<number> {
  if (format === 'PDF') throw new Error('A table is exported as CSV or XLSX.');
  return readWithCursor(dataSource, table.sql, table.params, (stream) => {
    const rows = cellsOf(stream, table.cells);
    return format === 'CSV'
      ? writeCsv(rows, table, output, progress)
      : writeXlsx(rows, table, output, progress);
  });
}

/**
 * Hands `read` the rows of a query (array row mode) from a server-side cursor in one
 * read-only snapshot, BATCH rows in memory at a time; the statement gets an export's time
 * limit, as it lasts as long as the file takes to write.
 */
export async function readWithCursor<T>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  read: (rows: AsyncIterable<unknown[]>) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner('slave');
  const client = (await runner.connect()) as PoolClient;
  await client.query(`BEGIN READ ONLY`);
  try {
    await client.query(`SET LOCAL statement_timeout = '${EXPORT_TIMEOUT}'`);
    const stream = client.query(
      new QueryStream(sql, params, { batchSize: BATCH, rowMode: 'array' }),
    );
    const answer = await read(stream as AsyncIterable<unknown[]>);
    await client.query('COMMIT');
    return answer;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

async function* cellsOf(
  rows: AsyncIterable<unknown[]>,
  cells: TableExport['cells'],
): AsyncIterable<unknown[]> {
  for await (const row of rows) yield cells ? cells(row) : row;
}

async function writeCsv(
  rows: AsyncIterable<unknown[]>,
  table: TableExport,
  output: Writable,
  progress: (rows: number) => void,
): Promise<number> {
  let count = 0;
  const csv = stringify({ header: true, columns: [...table.columns] });
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
  table: TableExport,
  output: Writable,
  progress: (rows: number) => void,
): Promise<number> {
  // Loaded by the first spreadsheet export, not by every process start (~100 ms).
  const { default: Excel } = await import('exceljs');
  // Streaming writer: each committed row leaves memory; no shared strings to keep.
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(table.sheet);
  sheet.addRow([...table.columns]).commit();
  let count = 0;
  for await (const row of rows) {
    sheet.addRow(row).commit();
    if (++count % YIELD_EVERY === 0) {
      // commit() hands the row to the zip without waiting: wait for compression to catch up
      // (the zip's input drained) before more arrives, so memory stays flat on a busy machine
      // instead of holding the sheet.
      await new Promise((resolve) => setImmediate(resolve));
      const zipInput = backloggedZipInput(sheet);
      if (zipInput) await once(zipInput, 'drain');
      // A slow destination (the job's chunk store writing to the database) holds the rest.
      if (output.writableNeedDrain) await once(output, 'drain');
      if (count % BATCH === 0) progress(count);
    }
  }
  sheet.commit();
  await workbook.commit();
  progress(count);
  return count;
}

/**
 * The zip's input for a worksheet when it holds more than it wants (exceljs's StreamBuf, in batch
 * mode, ignores what write() answers, so the writer asks the input itself: archiver's
 * readable-stream PassThrough, whose write state says whether it waits for 'drain'). Undefined
 * when it has room, or exceljs keeps it elsewhere: the writer then only yields a turn.
 */
function backloggedZipInput(sheet: ExcelJS.Worksheet): EventEmitter | undefined {
  const pipes = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes;
  const input = pipes?.[0] as
    (EventEmitter & { _writableState?: { needDrain?: boolean } }) | undefined;
  return input?._writableState?.needDrain === true ? input : undefined;
}

/** A number cell from a numeric or bigint column (pg answers those as strings); null stays. */
export function numberCell(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}
