import { fromCopenhagenLocal, toCopenhagenLocal } from '../src/i18n/copenhagen-time';
import { batches, parseReadingsCsv } from '../src/pages/readings/csv';

/** The browser-free parts of the client that the browser tests reach only through one file. */
describe('a readings CSV file', () => {
  it('reads a Danish spreadsheet export (semicolons, BOM, thousands dots, empty cells)', () => {
    const parsed = parseReadingsCsv(
      '\uFEFFSerienummer;x\nserialNumber;TOTAL;BLACK;COLOUR\r\nnp1000001;412.000;301000;\n\nNP1000002;12x;;\n;5;;\nNP1000003;;;\n',
    );
    // The header is the first line that is not empty: this one names no serial number nor meter.
    expect(parsed.badHeader).toBe(true);
    const real = parseReadingsCsv(
      '\uFEFFserialNumber;TOTAL;BLACK;COLOUR\r\nnp1000001;412.000;301000;\n\nNP1000002;12x;;\n;5;;\nNP1000003;;;\n',
    );
    expect(real.badHeader).toBe(false);
    expect(real.rows).toEqual([
      {
        line: 2,
        serialNumber: 'NP1000001',
        values: [
          { meter: 'TOTAL', value: 412000 },
          { meter: 'BLACK', value: 301000 },
        ],
      },
      { line: 4, serialNumber: 'NP1000002', values: [], problem: 'value' },
      { line: 5, serialNumber: '', values: [{ meter: 'TOTAL', value: 5 }], problem: 'serial' },
      { line: 6, serialNumber: 'NP1000003', values: [], problem: 'empty' },
    ]);
  });

  it('reads commas too, and refuses a header without serial number', () => {
    expect(parseReadingsCsv('serial_number,TOTAL\nFL3000002,100\n').rows).toEqual([
      { line: 2, serialNumber: 'FL3000002', values: [{ meter: 'TOTAL', value: 100 }] },
    ]);
    expect(parseReadingsCsv('device,TOTAL\nFL3000002,100\n').badHeader).toBe(true);
    expect(parseReadingsCsv('').badHeader).toBe(true);
  });

  it('is sent in batches, in file order', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 25)).toEqual([]);
  });
});

describe('a visit time in Copenhagen', () => {
  it('is read as Copenhagen wall time in winter, summer and across the clock change', () => {
    expect(fromCopenhagenLocal('2026-12-01T09:00')).toBe('2026-12-01T08:00:00.000Z');
    expect(fromCopenhagenLocal('2026-07-01T09:00')).toBe('2026-07-01T07:00:00.000Z');
    // 29 March 2026: 02:00 becomes 03:00; 03:30 is summer time.
    expect(fromCopenhagenLocal('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(fromCopenhagenLocal('2026-03-29T02:30')).toBeNull();
    expect(fromCopenhagenLocal('2026-13-01T09:00')).toBeNull();
    expect(fromCopenhagenLocal('tomorrow')).toBeNull();
  });

  it('is shown as Copenhagen wall time', () => {
    expect(toCopenhagenLocal(new Date('2026-12-01T08:00:00Z'))).toBe('2026-12-01T09:00');
    expect(toCopenhagenLocal(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02T00:30');
  });
});
