import type { DeviceSnapshotV1, MeterType } from '@portal/event-contracts';
import { dayIn, periodOf, startOfDay } from '../src/domain/calendar';
import { owedPeriod } from '../src/domain/meter-reading.service';
import { judge, type Judgement, type KnownReading } from '../src/domain/reading-rules';

const device: DeviceSnapshotV1 = {
  deviceId: '00000000-0000-4000-8000-000000000001',
  revision: 1,
  serialNumber: 'NP9000001',
  accountId: '00000000-0000-4000-8000-000000000002',
  status: 'ACTIVE',
  modelId: '00000000-0000-4000-8000-000000000003',
  modelName: 'imageRUNNER ADVANCE DX C5840i',
  colour: true,
  pagesPerMinute: 40,
  meters: ['TOTAL', 'BLACK', 'COLOUR'],
  tonerSkus: [],
  timeZone: 'Europe/Copenhagen',
  installedAt: '2024-03-01',
  location: {
    address: 'Vesterbrogade 12',
    building: null,
    floor: null,
    room: null,
    note: null,
    contactName: null,
    contactPhone: null,
  },
  eMaintenance: false,
  stockLocationId: null,
  contractNumber: 'SC-1',
  responseTimeHours: 8,
  billedMeters: ['TOTAL', 'BLACK'],
  readingFrequency: 'MONTHLY',
};

const reading = (readingDate: string, total: number, black: number): KnownReading => ({
  readingDate,
  values: new Map<MeterType, number>([
    ['TOTAL', total],
    ['BLACK', black],
  ]),
});

// 2026-11-27 10:00 in Copenhagen (UTC+1).
const NOW = new Date('2026-11-27T09:00:00Z');

function judged(overrides: Partial<Judgement>): string[] {
  return judge({
    device,
    values: [
      { meter: 'TOTAL', value: 1000 },
      { meter: 'BLACK', value: 1000 },
    ],
    readingDate: '2026-11-27',
    today: '2026-11-27',
    now: NOW,
    mayBackdate: false,
    previous: null,
    next: null,
    sameDay: false,
    at: ['input'],
    ...overrides,
  }).map((e) => e.code);
}

describe('the device’s calendar', () => {
  it('takes "today" from the device’s time zone, not the server’s', () => {
    const justAfterMidnightInCopenhagen = new Date('2026-11-26T23:30:00Z');
    expect(dayIn('Europe/Copenhagen', justAfterMidnightInCopenhagen)).toBe('2026-11-27');
    expect(dayIn('America/New_York', justAfterMidnightInCopenhagen)).toBe('2026-11-26');
  });

  it('finds local midnight across daylight-saving changes', () => {
    expect(startOfDay('2026-03-29', 'Europe/Copenhagen').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(startOfDay('2026-03-30', 'Europe/Copenhagen').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(startOfDay('2026-10-25', 'Europe/Copenhagen').toISOString()).toBe(
      '2026-10-24T22:00:00.000Z',
    );
  });

  it('has monthly and quarterly billing periods', () => {
    expect(periodOf('2026-02-14', 'MONTHLY')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodOf('2026-11-27', 'QUARTERLY')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });
});

describe('when a reading is due (Device.meterReadingDue)', () => {
  const monthly = { timeZone: 'Europe/Copenhagen', readingFrequency: 'MONTHLY' as const };

  it('owes the current month after last month’s reading, due at the month’s end', () => {
    expect(owedPeriod(monthly, '2026-10-20', NOW)).toEqual({
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
      dueDate: '2026-11-30',
      overdue: false,
    });
  });

  it('owes nothing once the current month has its reading', () => {
    expect(owedPeriod(monthly, '2026-11-02', NOW)).toBeNull();
  });

  it('is overdue when a whole month went by without a reading', () => {
    expect(owedPeriod(monthly, '2026-09-30', NOW)).toEqual({
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      dueDate: '2026-10-31',
      overdue: true,
    });
  });

  it('owes the current period for a device without readings, and counts quarters', () => {
    expect(owedPeriod(monthly, null, NOW)?.periodStart).toBe('2026-11-01');
    expect(
      owedPeriod({ ...monthly, readingFrequency: 'QUARTERLY' }, '2026-08-31', NOW),
    ).toMatchObject({ periodStart: '2026-10-01', dueDate: '2026-12-31', overdue: false });
  });
});

describe('the rules of a reading', () => {
  it('bounds an increase by rated speed x minutes since the start of the previous reading’s day', () => {
    // From 2026-11-26 00:00 to 10:00 the next day: 34 hours at 40 pages a minute.
    const most = 34 * 60 * 40;
    const previous = reading('2026-11-26', 0, 0);
    const at = (total: number) =>
      judged({
        previous,
        values: [
          { meter: 'TOTAL', value: total },
          { meter: 'BLACK', value: 0 },
        ],
      });
    expect(at(most)).toEqual([]);
    expect(at(most + 1)).toEqual(['IMPLAUSIBLE_INCREASE']);
  });

  it('judges each meter against the previous reading on its own', () => {
    expect(judged({ previous: reading('2026-10-20', 900, 1001) })).toEqual(['LOWER_THAN_PREVIOUS']);
    expect(judged({ previous: reading('2026-10-20', 1000, 1000) })).toEqual([]);
  });

  it('lets staff date a reading earlier only between its neighbours', () => {
    const between = {
      mayBackdate: true,
      readingDate: '2026-11-10',
      previous: reading('2026-10-20', 900, 900),
      next: reading('2026-11-20', 1100, 1100),
    };
    expect(judged(between)).toEqual([]);
    expect(judged({ ...between, next: reading('2026-11-20', 999, 1100) })).toEqual([
      'HIGHER_THAN_NEXT',
    ]);
    expect(judged({ ...between, mayBackdate: false })).toEqual(['PAST_DATE']);
    expect(judged({ ...between, readingDate: '2024-02-28' })).toEqual(['BEFORE_INSTALLATION']);
  });

  it('checks that the rest of the series stays printable after a reading entered between two', () => {
    // 10 pages on the 10th, then 1,000,000 on the 11th: more than 40 ppm can print in two days.
    expect(
      judged({
        mayBackdate: true,
        readingDate: '2026-11-10',
        previous: null,
        next: reading('2026-11-11', 1_000_000, 1000),
        values: [
          { meter: 'TOTAL', value: 10 },
          { meter: 'BLACK', value: 10 },
        ],
      }),
    ).toEqual(['IMPLAUSIBLE_INCREASE']);
  });

  it('refuses a decommissioned device first, whatever else is wrong', () => {
    expect(
      judged({ device: { ...device, status: 'DECOMMISSIONED' }, readingDate: '2030-01-01' }),
    ).toEqual(['DEVICE_NOT_ACTIVE']);
  });

  it('reads a device that was asked to be removed as still in use', () => {
    expect(judged({ device: { ...device, status: 'REMOVAL_REQUESTED' } })).toEqual([]);
  });
});
