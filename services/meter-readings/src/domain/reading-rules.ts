import { userError, type UserError } from '@portal/platform';
import { type DeviceSnapshotV1, type MeterType } from '@portal/event-contracts';
import { addDays, startOfDay, type Day } from './calendar';
import type { MeterValueInput } from './meter-reading';

/**
 * docs/domain.md's rules for a meter reading, as pure functions: what the submission transaction
 * asks once it holds the device's lock and knows the neighbouring readings.
 */

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A reading already stored (or accepted earlier in the same batch). */
export interface KnownReading {
  readingDate: Day;
  values: Map<MeterType, number>;
}

/** Where a refusal points: ['input'] for one submission, ['inputs', '<index>'] in a batch. */
export type FieldPrefix = string[];

const count = (n: number) => n.toLocaleString('en-GB');

/** Whether a string is a real calendar day (the Date scalar lets 2026-02-30 through). */
export function isCalendarDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** Problems with the input itself, before any device is looked at. */
export function inputProblems(
  input: { readingDate?: string | null; values: MeterValueInput[]; idempotencyKey?: string | null },
  at: FieldPrefix,
): UserError[] {
  const problems: UserError[] = [];
  if (input.values.length === 0)
    problems.push(
      userError('INVALID_INPUT', [...at, 'values'], 'Give a value for every billed meter.'),
    );
  const seen = new Set<MeterType>();
  input.values.forEach((v, i) => {
    if (!Number.isSafeInteger(v.value) || v.value < 0)
      problems.push(
        userError(
          'INVALID_INPUT',
          [...at, 'values', String(i), 'value'],
          'Enter the counter as the device shows it: a whole number of 0 or more.',
        ),
      );
    if (seen.has(v.meter))
      problems.push(
        userError(
          'INVALID_INPUT',
          [...at, 'values', String(i), 'meter'],
          `Give the ${v.meter} meter once only.`,
        ),
      );
    seen.add(v.meter);
  });
  if (
    input.readingDate !== null &&
    input.readingDate !== undefined &&
    !isCalendarDay(input.readingDate)
  )
    problems.push(
      userError('INVALID_INPUT', [...at, 'readingDate'], 'Give a real calendar day, YYYY-MM-DD.'),
    );
  const key = input.idempotencyKey;
  if (
    key !== null &&
    key !== undefined &&
    (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)
  )
    problems.push(
      userError(
        'INVALID_INPUT',
        [...at, 'idempotencyKey'],
        `Use an idempotency key of 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, e.g. a UUID.`,
      ),
    );
  return problems;
}

export interface Judgement {
  device: Pick<
    DeviceSnapshotV1,
    'status' | 'serialNumber' | 'billedMeters' | 'installedAt' | 'pagesPerMinute' | 'timeZone'
  >;
  values: MeterValueInput[];
  readingDate: Day;
  /** Today in the device's time zone, and the moment it is now. */
  today: Day;
  now: Date;
  /** Staff entering a reading by phone may date it earlier than today. */
  mayBackdate: boolean;
  previous: KnownReading | null;
  next: KnownReading | null;
  /** A reading for the same device and day exists already. */
  sameDay: boolean;
  at: FieldPrefix;
}

/** Every refusal docs/domain.md names for this reading; empty when it may be stored. */
export function judge(j: Judgement): UserError[] {
  const { device, at } = j;
  if (device.status === 'DECOMMISSIONED') {
    return [
      userError(
        'DEVICE_NOT_ACTIVE',
        [...at, 'deviceId'],
        `${device.serialNumber} has been decommissioned and takes no more readings. If it is still in use, contact the service centre.`,
      ),
    ];
  }
  const problems: UserError[] = [];
  const billed = device.billedMeters;
  j.values.forEach((v, i) => {
    if (!billed.includes(v.meter)) {
      problems.push(
        userError(
          'UNKNOWN_METER',
          [...at, 'values', String(i), 'meter'],
          `${device.serialNumber} has no billed ${v.meter} meter. Submit only ${billed.join(', ')}.`,
        ),
      );
    }
  });
  for (const meter of billed) {
    if (!j.values.some((v) => v.meter === meter)) {
      problems.push(
        userError(
          'MISSING_METER',
          [...at, 'values'],
          `Add the ${meter} meter: a reading of ${device.serialNumber} needs ${billed.join(', ')}.`,
        ),
      );
    }
  }
  if (j.readingDate > j.today) {
    problems.push(
      userError(
        'FUTURE_DATE',
        [...at, 'readingDate'],
        `${j.readingDate} has not come yet where the device is (today is ${j.today}). Date the reading today or earlier.`,
      ),
    );
  } else if (j.readingDate < j.today && !j.mayBackdate) {
    problems.push(
      userError(
        'PAST_DATE',
        [...at, 'readingDate'],
        `Submit the reading the counters show today (leave the date out). For an earlier day, call the service centre.`,
      ),
    );
  }
  if (j.readingDate < device.installedAt) {
    problems.push(
      userError(
        'BEFORE_INSTALLATION',
        [...at, 'readingDate'],
        `${device.serialNumber} was installed on ${device.installedAt}. Date the reading on or after that day.`,
      ),
    );
  }
  if (problems.length) return problems;
  if (j.sameDay) {
    return [
      userError(
        'ALREADY_SUBMITTED_TODAY',
        [...at, 'readingDate'],
        j.readingDate === j.today
          ? `${device.serialNumber} already has today's reading. Submit the next one on another day; to correct it, contact the service centre.`
          : `${device.serialNumber} already has a reading for ${j.readingDate}. Choose another day; to correct it, contact the service centre.`,
      ),
    ];
  }

  const ppm = device.pagesPerMinute;
  const endOfReading =
    j.readingDate === j.today ? j.now : startOfDay(addDays(j.readingDate, 1), device.timeZone);
  j.values.forEach((v, i) => {
    const field = (): string[] => [...at, 'values', String(i), 'value'];
    const before = j.previous?.values.get(v.meter);
    const after = j.next?.values.get(v.meter);
    if (before !== undefined && v.value < before) {
      problems.push(
        userError(
          'LOWER_THAN_PREVIOUS',
          field(),
          `The ${v.meter} meter read ${count(before)} on ${j.previous!.readingDate}; a counter only goes up. Check the value on the device and enter it again.`,
        ),
      );
    } else if (after !== undefined && v.value > after) {
      problems.push(
        userError(
          'HIGHER_THAN_NEXT',
          field(),
          `The ${v.meter} meter read ${count(after)} on ${j.next!.readingDate}, after ${j.readingDate}; a reading for ${j.readingDate} cannot be higher. Check the value and the date.`,
        ),
      );
    } else if (before !== undefined && ppm > 0) {
      // Generous on purpose: from the start of the previous reading's day, so a real reading is never refused.
      const most = printable(
        ppm,
        startOfDay(j.previous!.readingDate, device.timeZone),
        endOfReading,
      );
      if (v.value - before > most) {
        problems.push(
          userError(
            'IMPLAUSIBLE_INCREASE',
            field(),
            `${count(v.value - before)} pages on ${v.meter} since ${j.previous!.readingDate} is more than this ${ppm}-page-per-minute device can print in that time (at most ${count(most)}). Check for an extra digit.`,
          ),
        );
      }
    }
    if (after !== undefined && v.value <= after && ppm > 0) {
      const nextEnd = startOfDay(addDays(j.next!.readingDate, 1), device.timeZone);
      const most = printable(
        ppm,
        startOfDay(j.readingDate, device.timeZone),
        nextEnd < j.now ? nextEnd : j.now,
      );
      if (after - v.value > most) {
        problems.push(
          userError(
            'IMPLAUSIBLE_INCREASE',
            field(),
            `The ${v.meter} meter read ${count(after)} on ${j.next!.readingDate}: ${count(after - v.value)} pages after ${j.readingDate} is more than this ${ppm}-page-per-minute device can print in that time (at most ${count(most)}). Check the value and the date.`,
          ),
        );
      }
    }
  });
  return problems;
}

/** Pages a device of the rated speed can print between two moments. */
function printable(pagesPerMinute: number, from: Date, to: Date): number {
  const minutes = Math.max(0, (to.getTime() - from.getTime()) / 60_000);
  return Math.floor(pagesPerMinute * minutes);
}
