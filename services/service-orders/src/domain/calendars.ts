import { BusinessCalendar, type CalendarConfig } from './business-calendar';

const WEEKDAYS_8_TO_16 = {
  1: { open: '08:00', close: '16:00' },
  2: { open: '08:00', close: '16:00' },
  3: { open: '08:00', close: '16:00' },
  4: { open: '08:00', close: '16:00' },
  5: { open: '08:00', close: '16:00' },
} as const;

/**
 * The service centres' calendars, per country (docs/domain.md "Business hours"). Public holidays come
 * from the date-holidays library; list here only what the centre closes besides them.
 */
export const CALENDARS: Record<string, CalendarConfig> = {
  DK: {
    country: 'DK',
    timeZone: 'Europe/Copenhagen',
    openingHours: WEEKDAYS_8_TO_16,
    // Juleaftensdag and nytårsaftensdag are no public holidays, but the centre is closed.
    extraClosedDays: ['12-24', '12-31'],
  },
};

/**
 * The device projection carries no country yet, so every order uses this calendar; a device
 * country field in the device events would choose the calendar per device.
 */
export const DEFAULT_COUNTRY = 'DK';

const built = new Map<string, BusinessCalendar>();

/** The business calendar of a country (built once per process). */
export function calendarFor(country: string = DEFAULT_COUNTRY): BusinessCalendar {
  let calendar = built.get(country);
  if (!calendar) {
    const config = CALENDARS[country];
    if (!config) throw new Error(`no business calendar configured for ${country}`);
    calendar = new BusinessCalendar(config);
    built.set(country, calendar);
  }
  return calendar;
}
