/**
 * Calendar days in a device's time zone. Days are YYYY-MM-DD strings, as the Date scalar and
 * PostgreSQL's date columns have them, so that no time zone slips in by accident.
 */
export type Day = string;
export type ReadingFrequency = 'MONTHLY' | 'QUARTERLY';

const formats = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, instant: Date): Record<string, number> {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dayOfUtc(ms: number): Day {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function utcOf(day: Day): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The calendar day it is at `instant` in the zone. */
export function dayIn(timeZone: string, instant: Date): Day {
  const p = partsIn(timeZone, instant);
  return `${pad(p.year!, 4)}-${pad(p.month!)}-${pad(p.day!)}`;
}

// A day's start never changes: a bulk intake asks for the same few days of the same zones a
// thousand times, and each uncached answer costs two Intl formatToParts calls.
const starts = new Map<string, number>();
const MAX_STARTS = 10_000;

/** The instant the day begins in the zone (local midnight; DST-aware). */
export function startOfDay(day: Day, timeZone: string): Date {
  const key = `${timeZone} ${day}`;
  let start = starts.get(key);
  if (start === undefined) {
    if (starts.size >= MAX_STARTS) starts.clear();
    start = localMidnight(day, timeZone);
    starts.set(key, start);
  }
  return new Date(start);
}

function localMidnight(day: Day, timeZone: string): number {
  const wall = utcOf(day);
  // Local time minus UTC at a guess, corrected once more in case the guess crossed a DST switch.
  let instant = wall;
  for (let i = 0; i < 2; i++) {
    const p = partsIn(timeZone, new Date(instant));
    const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
    instant = wall - (local - instant);
  }
  return instant;
}

export function addDays(day: Day, days: number): Day {
  return dayOfUtc(utcOf(day) + days * 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utcOf(to) - utcOf(from)) / 86_400_000);
}

export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return dayOfUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

export interface Period {
  start: Day;
  end: Day;
}

/** The billing period holding the day: its calendar month, or its calendar quarter. */
export function periodOf(day: Day, frequency: ReadingFrequency): Period {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const months = frequency === 'QUARTERLY' ? 3 : 1;
  const firstMonth = m - ((m - 1) % months);
  const start = `${pad(y, 4)}-${pad(firstMonth)}-01`;
  return { start, end: addDays(addMonths(start, months), -1) };
}

/** The period after the one holding the day. */
export function nextPeriod(period: Period, frequency: ReadingFrequency): Period {
  return periodOf(addDays(period.end, 1), frequency);
}
