import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

/** Opening time and closing time of a day, local wall-clock "HH:mm" (open < close). */
export interface OpeningHours {
  open: string;
  close: string;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A service centre's business calendar for one country. */
export interface CalendarConfig {
  /** ISO 3166-1 alpha-2 code: which public holidays apply (from the date-holidays library). */
  country: string;
  /** IANA time zone the opening hours are in. */
  timeZone: string;
  /** Opening hours per weekday; a weekday not listed is closed. */
  openingHours: Partial<Record<Weekday, OpeningHours>>;
  /** Closed besides the public holidays: "MM-DD" every year, or "YYYY-MM-DD" once. */
  extraClosedDays: string[];
}

const HOUR_MS = 3_600_000;
/** A calendar without one open day in two years is a configuration error, not a long wait. */
const MAX_DAYS_SEARCHED = 731;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Business hours of one country: when the service centre is open, the next opening after a
 * moment, and durations counted in open hours only. Pure: it reads no clock and no database.
 * Local times are converted with the calendar's time zone (luxon), so daylight-saving changes
 * shift the UTC instants of opening and closing, never the local ones.
 */
export class BusinessCalendar {
  private readonly holidays: Holidays;
  private readonly closedByYear = new Map<number, Set<string>>();
  private readonly hours: Map<Weekday, { open: number; close: number }>;

  constructor(readonly config: CalendarConfig) {
    if (!DateTime.local().setZone(config.timeZone).isValid)
      throw new Error(`unknown time zone ${config.timeZone}`);
    this.holidays = new Holidays(config.country);
    if (!this.holidays.getCountries()[config.country])
      throw new Error(`no public holidays known for country ${config.country}`);
    this.hours = new Map(
      Object.entries(config.openingHours).map(([weekday, h]) => {
        const open = minutes(h.open);
        const close = minutes(h.close);
        if (open >= close) throw new Error(`opening hours ${h.open}-${h.close} are empty`);
        return [Number(weekday) as Weekday, { open, close }];
      }),
    );
    if (this.hours.size === 0) throw new Error('a calendar needs at least one open weekday');
  }

  /** Whether the service centre is open at the instant (opening included, closing excluded). */
  isOpen(at: Date): boolean {
    const local = DateTime.fromJSDate(at, { zone: this.config.timeZone });
    const day = this.openInterval(local);
    return day !== null && at.getTime() >= day.open && at.getTime() < day.close;
  }

  /** Whether the local calendar day (YYYY-MM-DD) is a working day. */
  isWorkingDay(date: string): boolean {
    const local = DateTime.fromISO(date, { zone: this.config.timeZone });
    if (!local.isValid) throw new Error(`not a date: ${date}`);
    return this.openInterval(local) !== null;
  }

  /** The instant itself when open, else the next opening. */
  nextOpening(at: Date): Date {
    return new Date(this.nextOpenInterval(at.getTime()).from);
  }

  /** When an order submitted at the instant is received: at once when open, else at the next opening. */
  receivedAt(submittedAt: Date): Date {
    return this.nextOpening(submittedAt);
  }

  /**
   * The instant `hours` open hours after `start`, counting only while open: 8 h from Friday
   * 15:00 is Monday 15:00. Ending exactly at a closing time stays on that day (8 h from 08:00 is
   * 16:00 the same day).
   */
  addBusinessHours(start: Date, hours: number): Date {
    if (!Number.isFinite(hours) || hours < 0) throw new Error(`cannot add ${hours} hours`);
    let remaining = Math.round(hours * HOUR_MS);
    let at = start.getTime();
    for (;;) {
      const interval = this.nextOpenInterval(at);
      const available = interval.until - interval.from;
      if (remaining <= available) return new Date(interval.from + remaining);
      remaining -= available;
      at = interval.until;
    }
  }

  /** The open interval containing the instant, or the next one after it (epoch ms). */
  private nextOpenInterval(at: number): { from: number; until: number } {
    let day = DateTime.fromMillis(at, { zone: this.config.timeZone }).startOf('day');
    for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched++) {
      const interval = this.openInterval(day);
      if (interval && at < interval.close)
        return { from: Math.max(at, interval.open), until: interval.close };
      day = day.plus({ days: 1 });
    }
    throw new Error(`calendar ${this.config.country} has no open day within two years`);
  }

  /** The day's opening and closing instants (epoch ms), or null on a closed day. */
  private openInterval(local: DateTime): { open: number; close: number } | null {
    const hours = this.hours.get(local.weekday as Weekday);
    if (!hours || this.isClosedDay(local)) return null;
    const midnight = local.startOf('day');
    const at = (minute: number) =>
      DateTime.fromObject(
        {
          year: midnight.year,
          month: midnight.month,
          day: midnight.day,
          hour: Math.floor(minute / 60),
          minute: minute % 60,
        },
        { zone: this.config.timeZone },
      ).toMillis();
    return { open: at(hours.open), close: at(hours.close) };
  }

  private isClosedDay(local: DateTime): boolean {
    const date = local.toISODate()!;
    return (
      this.closedDaysOf(local.year).has(date) ||
      this.config.extraClosedDays.includes(date) ||
      this.config.extraClosedDays.includes(date.slice(5))
    );
  }

  /** The year's public holidays as local dates (only type "public": not observances). */
  private closedDaysOf(year: number): Set<string> {
    let days = this.closedByYear.get(year);
    if (!days) {
      days = new Set(
        this.holidays
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      this.closedByYear.set(year, days);
    }
    return days;
  }
}

function minutes(clock: string): number {
  const match = CLOCK.exec(clock);
  if (!match) throw new Error(`not a time of day (HH:mm): ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
