import { DateTime } from 'luxon';
import { BusinessCalendar } from '../src/domain/business-calendar';
import { calendarFor } from '../src/domain/calendars';

const ZONE = 'Europe/Copenhagen';
/** A local time in Copenhagen ("2026-03-06 15:00") as an instant. */
const cph = (local: string): Date =>
  DateTime.fromFormat(local, 'yyyy-MM-dd HH:mm', { zone: ZONE }).toJSDate();
/** An instant as local time in Copenhagen with its offset ("2026-03-09 15:00 +01:00"). */
const local = (at: Date): string =>
  DateTime.fromJSDate(at, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm ZZ');

const dk = calendarFor('DK');

// [what it pins, submitted (local), received (local, with offset)]
const receipts: [string, string, string][] = [
  ['inside opening hours: at once', '2026-03-10 10:30', '2026-03-10 10:30 +01:00'],
  ['exactly at opening: at once', '2026-03-09 08:00', '2026-03-09 08:00 +01:00'],
  ['a minute before opening: at opening', '2026-03-11 07:59', '2026-03-11 08:00 +01:00'],
  ['exactly at closing: next morning', '2026-03-12 16:00', '2026-03-13 08:00 +01:00'],
  ['Friday evening: Monday morning', '2026-03-13 18:45', '2026-03-16 08:00 +01:00'],
  ['Saturday: Monday morning', '2026-03-14 11:00', '2026-03-16 08:00 +01:00'],
  ['Sunday night: Monday morning', '2026-03-15 23:59', '2026-03-16 08:00 +01:00'],
  [
    'Wednesday before Easter after hours: Tuesday after Easter',
    '2026-04-01 17:00',
    '2026-04-07 08:00 +02:00',
  ],
  ['Maundy Thursday (skærtorsdag)', '2026-04-02 09:00', '2026-04-07 08:00 +02:00'],
  ['Good Friday (langfredag)', '2026-04-03 12:00', '2026-04-07 08:00 +02:00'],
  ['Easter Monday (2. påskedag)', '2026-04-06 10:00', '2026-04-07 08:00 +02:00'],
  ['Ascension Day (Kristi himmelfartsdag)', '2026-05-14 12:00', '2026-05-15 08:00 +02:00'],
  ['Whit Monday (2. pinsedag)', '2026-05-25 10:00', '2026-05-26 08:00 +02:00'],
  ['Constitution Day is no public holiday: open', '2026-06-05 10:00', '2026-06-05 10:00 +02:00'],
  [
    'Christmas: 24th (extra closed day), 25th, weekend',
    '2026-12-23 16:30',
    '2026-12-28 08:00 +01:00',
  ],
  [
    'New Year: 31st (extra closed day), 1st, weekend',
    '2026-12-30 17:00',
    '2027-01-04 08:00 +01:00',
  ],
  ['Store Bededag closed until 2023', '2023-05-05 09:00', '2023-05-08 08:00 +02:00'],
  ['Store Bededag abolished from 2024: open', '2024-04-26 09:00', '2024-04-26 09:00 +02:00'],
  [
    'DST begins (29 March): Friday night CET to Monday CEST',
    '2026-03-27 20:00',
    '2026-03-30 08:00 +02:00',
  ],
  [
    'DST ends (25 October): Friday night CEST to Monday CET',
    '2026-10-23 17:00',
    '2026-10-26 08:00 +01:00',
  ],
];

// [what it pins, start (local), contract hours, response due (local, with offset)]
const responseDue: [string, string, number, string][] = [
  [
    'docs/domain.md: 8 h from Friday 15:00 is Monday 15:00',
    '2026-03-06 15:00',
    8,
    '2026-03-09 15:00 +01:00',
  ],
  ['4 h within one day', '2026-03-10 09:00', 4, '2026-03-10 13:00 +01:00'],
  ['4 h over the night', '2026-03-10 14:30', 4, '2026-03-11 10:30 +01:00'],
  [
    '8 h from opening ends at closing the same day',
    '2026-03-09 08:00',
    8,
    '2026-03-09 16:00 +01:00',
  ],
  ['16 h over three days', '2026-03-11 12:00', 16, '2026-03-13 12:00 +01:00'],
  ['16 h over a weekend', '2026-03-12 15:00', 16, '2026-03-16 15:00 +01:00'],
  ['8 h over Easter (Thursday to Monday closed)', '2026-04-01 14:00', 8, '2026-04-07 14:00 +02:00'],
  ['16 h over Ascension Day and a weekend', '2026-05-13 12:00', 16, '2026-05-18 12:00 +02:00'],
  ['8 h over Whitsun and Whit Monday', '2026-05-22 12:00', 8, '2026-05-26 12:00 +02:00'],
  ['16 h over Christmas', '2026-12-22 10:00', 16, '2026-12-28 10:00 +01:00'],
  ['4 h over New Year', '2026-12-30 14:00', 4, '2027-01-04 10:00 +01:00'],
  ['8 h over the spring DST switch', '2026-03-27 15:00', 8, '2026-03-30 15:00 +02:00'],
  ['8 h over the autumn DST switch', '2026-10-23 15:00', 8, '2026-10-26 15:00 +01:00'],
  [
    '4 h from a Saturday counts from Monday opening',
    '2026-03-14 10:00',
    4,
    '2026-03-16 12:00 +01:00',
  ],
  ['0 h is the start itself', '2026-03-10 10:30', 0, '2026-03-10 10:30 +01:00'],
];

describe('the Danish business calendar', () => {
  it.each(receipts)('receives an order: %s', (_rule, submitted, received) => {
    expect(local(dk.receivedAt(cph(submitted)))).toBe(received);
  });

  it.each(responseDue)('counts response time in open hours: %s', (_rule, start, hours, due) => {
    expect(local(dk.addBusinessHours(cph(start), hours))).toBe(due);
  });

  it('keeps the true elapsed time across DST: 71 h in spring, 73 h in autumn', () => {
    const spring = cph('2026-03-27 15:00');
    const autumn = cph('2026-10-23 15:00');
    expect(spring.toISOString()).toBe('2026-03-27T14:00:00.000Z');
    expect(dk.addBusinessHours(spring, 8).toISOString()).toBe('2026-03-30T13:00:00.000Z');
    expect(autumn.toISOString()).toBe('2026-10-23T13:00:00.000Z');
    expect(dk.addBusinessHours(autumn, 8).toISOString()).toBe('2026-10-26T14:00:00.000Z');
  });

  it('is open from opening (included) to closing (excluded) on working days only', () => {
    expect(dk.isOpen(cph('2026-03-10 08:00'))).toBe(true);
    expect(dk.isOpen(cph('2026-03-10 15:59'))).toBe(true);
    expect(dk.isOpen(cph('2026-03-10 16:00'))).toBe(false);
    expect(dk.isOpen(cph('2026-12-24 10:00'))).toBe(false);
    expect(dk.isWorkingDay('2026-12-31')).toBe(false);
    expect(dk.isWorkingDay('2026-12-29')).toBe(true);
  });

  it('takes the public holidays from the library, not its observances', () => {
    // Fastelavn, Mother's Day and 1 May are observances in date-holidays: working days (or Sundays).
    expect(dk.isWorkingDay('2026-05-01')).toBe(true);
    expect(dk.isWorkingDay('2027-03-26')).toBe(false); // Good Friday 2027
    expect(dk.isWorkingDay('2027-05-06')).toBe(false); // Ascension Day 2027
  });
});

describe('a configured calendar', () => {
  const calendar = new BusinessCalendar({
    country: 'SE',
    timeZone: 'Europe/Stockholm',
    openingHours: {
      1: { open: '07:00', close: '15:30' },
      2: { open: '07:00', close: '15:30' },
      3: { open: '07:00', close: '15:30' },
      4: { open: '07:00', close: '15:30' },
      6: { open: '09:00', close: '12:00' },
    },
    extraClosedDays: ['2026-03-19'],
  });

  it('uses its own opening hours, weekdays, holidays and closed days', () => {
    // Thursday 15:00 + 2 h: half an hour Thursday, Friday closed, 1.5 h on Saturday morning.
    expect(calendar.addBusinessHours(cph('2026-03-12 15:00'), 2).toISOString()).toBe(
      '2026-03-14T09:30:00.000Z',
    );
    // A one-off closed day (Thursday 19 March 2026), then Friday closed: Saturday opening.
    expect(calendar.receivedAt(cph('2026-03-19 10:00')).toISOString()).toBe(
      '2026-03-21T08:00:00.000Z',
    );
    // Swedish National Day (6 June 2026, a Saturday) is a public holiday in Sweden.
    expect(calendar.isWorkingDay('2026-06-06')).toBe(false);
  });

  it('refuses a calendar that can never open', () => {
    expect(
      () =>
        new BusinessCalendar({
          country: 'DK',
          timeZone: ZONE,
          openingHours: { 1: { open: '16:00', close: '08:00' } },
          extraClosedDays: [],
        }),
    ).toThrow(/empty/);
    expect(
      () =>
        new BusinessCalendar({
          country: 'DK',
          timeZone: 'Mars/Olympus',
          openingHours: {},
          extraClosedDays: [],
        }),
    ).toThrow(/time zone/);
  });
});
