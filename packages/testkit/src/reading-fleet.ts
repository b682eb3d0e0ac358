import { fromGlobalId, toGlobalId } from '@portal/platform';
import type { TestSystem } from './system';
import { MONO_A3_MODEL, type TestAccount } from './builders';
import { daysFromToday } from './meter-readings';
import { insertReadingFleet } from '../../../services/meter-readings/src/reading-fleet';

export interface FleetDevice {
  /** Global id, as a client sends it. */
  id: string;
  total: number;
  black: number;
}

/**
 * The reading fleet (see insertReadingFleet) on the account given (a built customer's: meter
 * readings knows it once createCustomer returns), mono A3 devices each read 30 days ago. An
 * integration key for it: toner's createIntegrationKey with the customer's Administrator.
 */
export async function seedReadingFleet(
  system: TestSystem,
  account: TestAccount,
  size: number,
  prefix = 'FLEET',
): Promise<FleetDevice[]> {
  const dataSource = system.subgraph('meter-readings').dataSource;
  const fleet = await insertReadingFleet((sql, parameters) => dataSource.query(sql, parameters), {
    prefix,
    size,
    accountId: fromGlobalId('Account', account.id)!,
    modelId: fromGlobalId('DeviceModel', MONO_A3_MODEL)!,
    readingDate: daysFromToday(-30),
  });
  return fleet.map((d) => ({ id: toGlobalId('Device', d.deviceId), total: d.base, black: d.base }));
}

export const SUBMIT_MANY = `mutation ($inputs: [SubmitMeterReadingInput!]!) {
  submitMeterReadings(inputs: $inputs) {
    accepted rejected
    results { index meterReading { id readingDate source values { meter value usageSincePrevious } } userErrors { code field } }
  } }`;

export interface BulkAnswer {
  submitMeterReadings: {
    accepted: number;
    rejected: number;
    results: {
      index: number;
      meterReading: {
        id: string;
        readingDate: string;
        source: string;
        values: { meter: string; value: number; usageSincePrevious: number | null }[];
      } | null;
      userErrors: { code: string; field: string[] }[];
    }[];
  };
}

/** Month-end inputs: every device a few hundred pages on. */
export function monthEndInputs(devices: FleetDevice[]) {
  return devices.map((d, n) => ({
    deviceId: d.id,
    values: [
      { meter: 'TOTAL', value: d.total + 300 + (n % 500) },
      { meter: 'BLACK', value: d.black + 300 + (n % 500) },
    ],
    idempotencyKey: `month-end:${d.id}`,
  }));
}
