import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import {
  badUserInput,
  fromGlobalId,
  notFound,
  readWithCursor,
  type DocumentExport,
  type Principal,
} from '@portal/platform';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterUsageMonth } from '../entities/meter-usage-month.entity';
import { AccountProjection } from '../entities/reading-reminder.entity';
import { MAX_MONTHS } from './fleet-analytics';

export interface StatementRequest {
  accountId: string;
  from: string;
  to: string;
}

/** Columns of the statement's table: x position and width on an A4 page (points). */
const COLUMNS = [
  { x: 50, width: 80 },
  { x: 130, width: 150 },
  { x: 280, width: 60 },
  { x: 340, width: 80, right: true },
  { x: 420, width: 50, right: true },
  { x: 480, width: 65, right: true },
];
const LINE = 14;
const BOTTOM = 842 - 60;
const number = new Intl.NumberFormat('en-GB');

/**
 * The meter usage statement of an account and months: per device, the pages each billed
 * meter counted (the usage the invoice is based on), from the monthly rollup. For the
 * account's Administrators and the service centre's agents and planners; any other caller is
 * told the account does not exist. Throws NOT_FOUND or BAD_USER_INPUT when asked for one.
 */
export function usageStatement(
  dataSource: DataSource,
  principal: Principal,
  { accountId, from, to }: StatementRequest,
): DocumentExport {
  principal.requireSignedIn();
  const account = fromGlobalId('Account', accountId);
  const allowed = principal.isStaff
    ? principal.readsEveryOrganization
    : account !== null && principal.hasRole(account, 'ADMINISTRATOR');
  if (!account || !allowed) throw notFound('account');
  const first = `${from.slice(0, 7)}-01`;
  const last = `${to.slice(0, 7)}-01`;
  if (last < first) throw badUserInput('`to` is before `from`.');
  if (monthIndex(last) - monthIndex(first) >= MAX_MONTHS)
    throw badUserInput(`Ask for at most ${MAX_MONTHS} months at a time.`);
  const table = (entity: typeof DeviceProjection | typeof MeterUsageMonth) =>
    dataSource.getRepository(entity).metadata.tablePath;
  const where = `d.account_id = :account AND u.month BETWEEN :first::date AND :last::date
     AND u.meter IN (SELECT jsonb_array_elements_text(d.snapshot->'billedMeters'))`;
  const params = { account, first, last };
  const usage = `FROM ${table(DeviceProjection)} d
     JOIN ${table(MeterUsageMonth)} u ON u.device_id = d.device_id WHERE ${where}`;
  const [rowsSql, rowsParams] = dataSource.driver.escapeQueryWithParameters(
    `SELECT d.serial_number, d.snapshot->>'modelName', u.meter, sum(u.usage)::bigint,
            sum(u.readings)::int, max(u.last_reading_date)::text
       ${usage}
      GROUP BY d.serial_number, d.snapshot->>'modelName', u.meter
      ORDER BY d.serial_number, u.meter`,
    params,
  );
  const heading = { from: first, to: last };
  return {
    async count() {
      const [sql, values] = dataSource.driver.escapeQueryWithParameters(
        `SELECT count(DISTINCT (d.device_id, u.meter))::int AS count ${usage}`,
        params,
      );
      const [{ count }]: { count: number }[] = await dataSource.query(sql, values);
      return count;
    },
    async write(output, progress) {
      const named = { ...heading, account: await accountNumber(dataSource, account, accountId) };
      return readWithCursor(dataSource, rowsSql, rowsParams, (rows) =>
        writeStatement(rows, named, output, progress),
      );
    },
  };
}

/**
 * The account as its customers know it: its number (from identity's AccountOpened); the
 * global id only while no event carrying the number has arrived.
 */
async function accountNumber(
  dataSource: DataSource,
  account: string,
  globalId: string,
): Promise<string> {
  const found = await dataSource.getRepository(AccountProjection).findOneBy({ accountId: account });
  return found?.accountNumber ?? globalId;
}

/** Lays the statement out with pdfkit, a page at a time (each page leaves memory when full). */
async function writeStatement(
  rows: AsyncIterable<unknown[]>,
  heading: { account: string; from: string; to: string },
  output: Writable,
  progress: (rows: number) => void,
): Promise<number> {
  // Loaded by the first statement, not by every process start (pdfkit and its fonts: ~70 ms).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: 'Meter usage statement' } });
  doc.pipe(output);
  doc.font('Helvetica-Bold').fontSize(16).text('Meter usage statement');
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  doc.text(`Account: ${heading.account}`);
  doc.text(`Period: ${heading.from.slice(0, 7)} to ${heading.to.slice(0, 7)}`);
  doc.text('Pages counted by each billed meter, from the accepted meter readings.');
  doc.moveDown();
  let y = header(doc, doc.y);
  let count = 0;
  let previous = '';
  const totals = new Map<string, number>();
  for await (const [serial, model, meter, pages, readings, lastDay] of rows) {
    if (y > BOTTOM) {
      doc.addPage();
      y = header(doc, doc.page.margins.top);
    }
    const device = String(serial);
    line(doc, y, [
      device === previous ? '' : device,
      device === previous ? '' : String(model ?? ''),
      String(meter),
      number.format(Number(pages)),
      number.format(Number(readings)),
      String(lastDay),
    ]);
    previous = device;
    totals.set(String(meter), (totals.get(String(meter)) ?? 0) + Number(pages));
    y += LINE;
    if (++count % 100 === 0) progress(count);
  }
  if (y > BOTTOM - LINE * (totals.size + 2)) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  doc.font('Helvetica-Bold');
  y += LINE / 2;
  for (const [meter, pages] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    line(doc, y, ['Total', '', meter, number.format(pages), '', '']);
    y += LINE;
  }
  if (count === 0) doc.font('Helvetica').text('No usage in the period.', 50, y);
  doc.end();
  await finished(output);
  progress(count);
  return count;
}

function header(doc: PDFKit.PDFDocument, y: number): number {
  doc.font('Helvetica-Bold');
  line(doc, y, ['Device', 'Model', 'Meter', 'Pages', 'Readings', 'Last reading']);
  doc.font('Helvetica');
  return y + LINE * 1.5;
}

function line(doc: PDFKit.PDFDocument, y: number, cells: string[]): void {
  cells.forEach((cell, i) => {
    const { x, width, right } = COLUMNS[i]!;
    doc.text(cell, x, y, { width, height: LINE, align: right ? 'right' : 'left', ellipsis: true });
  });
}

const monthIndex = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
