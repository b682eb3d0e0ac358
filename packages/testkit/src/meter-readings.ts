import { addDays, dayIn } from '../../../services/meter-readings/src/domain/calendar';
import type { TestSystem } from './system';

/** Helpers the meter-reading tests share: days and the calls a portal user makes. */
export const TIME_ZONE = 'Europe/Copenhagen';
export const today = () => dayIn(TIME_ZONE, new Date());
export const daysFromToday = (days: number) => addDays(today(), days);

export interface Value {
  meter: string;
  value: number;
}
export interface UserErrorShape {
  code: string;
  field: string[] | null;
  message: string;
}
export interface SubmitResult {
  meterReading: {
    id: string;
    readingDate: string;
    source: string;
    submittedBy: string;
    averagePerDay: number | null;
    values: { meter: string; value: number; usageSincePrevious: number | null }[];
  } | null;
  userErrors: UserErrorShape[];
}

export const READING_FIELDS = `id readingDate source submittedBy averagePerDay
  values { meter value usageSincePrevious }`;

export const SUBMIT = `mutation ($input: SubmitMeterReadingInput!) {
  submitMeterReading(input: $input) {
    meterReading { ${READING_FIELDS} }
    userErrors { code field message }
  } }`;

export async function submit(
  system: TestSystem,
  token: string | undefined,
  input: Record<string, unknown>,
): Promise<SubmitResult> {
  const result = await system.graphql<{ submitMeterReading: SubmitResult }>(
    SUBMIT,
    { input },
    { token },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.submitMeterReading;
}

/** The newest reading's values by meter of a device (its global id), as `token`'s user sees it. */
export async function latestValues(
  system: TestSystem,
  token: string,
  device: string,
): Promise<{ readingDate: string; values: Record<string, number> }> {
  const result = await system.graphql<{
    device: { latestMeterReading: { readingDate: string; values: Value[] } };
  }>(
    `query ($id: ID!) { device(id: $id) { latestMeterReading { readingDate values { meter value } } } }`,
    { id: device },
    { token },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const latest = result.data!.device.latestMeterReading;
  return {
    readingDate: latest.readingDate,
    values: Object.fromEntries(latest.values.map((v) => [v.meter, v.value])),
  };
}

/** A reading in a device's history: its values by meter, taken `daysAgo` days before today. */
export interface PastReading {
  daysAgo: number;
  values: Record<string, number>;
}

/**
 * A device's (global id) reading history, oldest first, phoned in by a Service agent (only an
 * agent may date a reading before today): for tests that read, correct or extend a device's
 * readings without the demo world's. Throws if one is refused; returns the readings' global ids.
 */
export async function phoneInReadings(
  system: TestSystem,
  agentToken: string,
  device: string,
  readings: readonly PastReading[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const { daysAgo, values } of readings) {
    const result = await submit(system, agentToken, {
      deviceId: device,
      readingDate: daysFromToday(-daysAgo),
      values: Object.entries(values).map(([meter, value]) => ({ meter, value })),
    });
    if (!result.meterReading) throw new Error(`reading refused: ${JSON.stringify(result)}`);
    ids.push(result.meterReading.id);
  }
  return ids;
}

/** Values raised by `by` pages on every meter (TOTAL by the sum of the others' increase). */
export function raised(values: Record<string, number>, by: number): Value[] {
  const others = Object.keys(values).filter((m) => m !== 'TOTAL');
  return Object.entries(values).map(([meter, value]) => ({
    meter,
    value: meter === 'TOTAL' ? value + by * Math.max(1, others.length) : value + by,
  }));
}
