import type { UserError } from '@portal/platform';
import type { MeterType } from '@portal/event-contracts';
import type { MeterReading } from '../entities/meter-reading.entity';
import type { MeterReadingValue } from '../entities/meter-reading-value.entity';
import { daysBetween } from './calendar';

export type ReadingSource = 'PORTAL' | 'E_MAINTENANCE' | 'PHONE';

/** A device as another subgraph refers to it: its global id. */
export interface DeviceRef {
  id: string;
}

/** A reading with its values (by meter, in the order the device's meters are listed). */
export interface AcceptedReading {
  reading: MeterReading;
  values: Pick<MeterReadingValue, 'meter' | 'value' | 'usageSincePrevious'>[];
}

export interface MeterValueInput {
  meter: MeterType;
  value: number;
}

export interface SubmitMeterReadingInput {
  deviceId: string;
  readingDate?: string | null;
  values: MeterValueInput[];
  idempotencyKey?: string | null;
  confirmIncrease?: boolean | null;
}

export interface MeterReadingPayload {
  meterReading: AcceptedReading | null;
  userErrors: UserError[];
}

export interface BulkMeterReadingResult extends MeterReadingPayload {
  index: number;
}

export interface BulkMeterReadingPayload {
  accepted: number;
  rejected: number;
  results: BulkMeterReadingResult[];
}

export interface MeterReadingDue {
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  overdue: boolean;
}

/** The order meters are shown in, whatever order they were given in. */
export const METER_ORDER: MeterType[] = ['TOTAL', 'BLACK', 'COLOUR', 'LARGE_FORMAT', 'SCAN'];

export function byMeterOrder<T extends { meter: MeterType }>(values: T[]): T[] {
  return [...values].sort((a, b) => METER_ORDER.indexOf(a.meter) - METER_ORDER.indexOf(b.meter));
}

/** TOTAL pages per day since the previous reading; null for a first reading or without TOTAL. */
export function averagePerDay(accepted: AcceptedReading): number | null {
  const { previousReadingDate, readingDate } = accepted.reading;
  const usage = accepted.values.find((v) => v.meter === 'TOTAL')?.usageSincePrevious;
  if (!previousReadingDate || usage === null || usage === undefined) return null;
  const days = daysBetween(previousReadingDate, readingDate);
  return days > 0 ? Math.round(usage / days) : null;
}
