/** The schema's MeterType (kept here so the file has no imports and is tested outside Vite). */
export const METERS = ['TOTAL', 'BLACK', 'COLOUR', 'LARGE_FORMAT', 'SCAN'] as const;
type MeterType = (typeof METERS)[number];

/** One data line of the upload: its line number in the file, the device and its counters. */
export interface CsvRow {
  line: number;
  serialNumber: string;
  values: { meter: MeterType; value: number }[];
  /** What is wrong with the line itself (nothing is sent for it). */
  problem?: 'serial' | 'value' | 'empty';
}

export interface ParsedCsv {
  rows: CsvRow[];
  /** The header lacks serialNumber or names no known meter. */
  badHeader: boolean;
}

/**
 * A readings file: a header `serialNumber;TOTAL;BLACK;COLOUR…` (comma or semicolon, as Danish
 * spreadsheets write it), then one line per device. Empty cells are meters the device lacks.
 */
export function parseReadingsCsv(text: string): ParsedCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerLine = lines.findIndex((l) => l.trim() !== '');
  if (headerLine < 0) return { rows: [], badHeader: true };
  const separator = lines[headerLine]!.includes(';') ? ';' : ',';
  const header = lines[headerLine]!.split(separator).map((h) =>
    h.trim().replace(/^"|"$/g, '').toUpperCase().replace(/[\s-]/g, '_'),
  );
  const serialAt = header.findIndex(
    (h) => h === 'SERIALNUMBER' || h === 'SERIAL_NUMBER' || h === 'SERIAL',
  );
  const meterAt = header
    .map((h, i) => ({ meter: h as MeterType, i }))
    .filter(({ meter }) => METERS.includes(meter));
  if (serialAt < 0 || meterAt.length === 0) return { rows: [], badHeader: true };
  const rows: CsvRow[] = [];
  lines.forEach((raw, index) => {
    if (index <= headerLine || raw.trim() === '') return;
    const cells = raw.split(separator).map((c) => c.trim().replace(/^"|"$/g, ''));
    const row: CsvRow = {
      line: index + 1,
      serialNumber: (cells[serialAt] ?? '').toUpperCase(),
      values: [],
    };
    for (const { meter, i } of meterAt) {
      const cell = (cells[i] ?? '').replace(/[\s.]/g, '');
      if (cell === '') continue;
      if (!/^\d+$/.test(cell)) row.problem = 'value';
      else row.values.push({ meter, value: Number(cell) });
    }
    if (!row.serialNumber) row.problem = 'serial';
    else if (!row.problem && row.values.length === 0) row.problem = 'empty';
    rows.push(row);
  });
  return { rows, badHeader: false };
}

/** The rows in groups of `size`, in file order. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
