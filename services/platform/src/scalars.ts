import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether YYYY-MM-DD names a real day (Date.parse takes 2026-02-30 as 2 March). */
function realDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read year 1 as 1901

  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/** Whether the hours, minutes and seconds of an ISO date-time are in range. */
function realTime(value: string): boolean {
  const [hours, minutes, seconds = 0] = value.slice(11, 19).split(':').map(Number) as number[];
  return hours! <= 23 && minutes! <= 59 && seconds <= 59;
}

export function parseDateTime(value: unknown): Date {
  if (
    typeof value !== 'string' ||
    !ISO_DATE_TIME.test(value) ||
    !realDay(value) ||
    !realTime(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new GraphQLError(
      'DateTime must be ISO-8601 with an offset, e.g. 2026-11-27T09:30:00+01:00.',
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return new Date(value);
}

/** ISO-8601 date and time with offset; serialised in UTC. */
export const GraphQLDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Not a date and time.');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || !realDay(value)) {
    throw new GraphQLError('Date must be YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar day, YYYY-MM-DD, kept as a string (no time zone to get wrong). */
export const GraphQLDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
