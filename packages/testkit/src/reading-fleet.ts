import { demoIds, toGlobalId } from '@portal/platform';
import type { TestSystem } from './system';
import { daysFromToday } from './meter-readings';
import { insertReadingFleet } from '../../../services/meter-readings/src/reading-fleet';

export interface FleetDevice {
  /** Global id, as a client sends it. */
  id: string;
  total: number;
  black: number;
}

/** The reading fleet (see insertReadingFleet) on account 100200, each read 30 days ago. */
export async function seedReadingFleet(
  system: TestSystem,
  size: number,
  prefix = 'FLEET',
): Promise<FleetDevice[]> {
  const dataSource = system.subgraph('meter-readings').dataSource;
  const fleet = await insertReadingFleet((sql, parameters) => dataSource.query(sql, parameters), {
    prefix,
    size,
    accountId: demoIds.account('100200'),
    modelId: demoIds.model('imageRUNNER ADVANCE DX 6860i'),
    readingDate: daysFromToday(-30),
  });
  return fleet.map((d) => ({ id: toGlobalId('Device', d.deviceId), total: d.base, black: d.base }));
}

/** An e-Maintenance integration key with the Administrator role on account 100200. */
export async function integrationKey(system: TestSystem): Promise<string> {
  const anna = await system.signIn('anna.admin@nordiskprint.example');
  const created = await system.graphql<{ createApiKey: { secret: string } }>(
    `mutation ($grants: [RoleGrantInput!]!) { createApiKey(name: "e-Maintenance month-end", grants: $grants) { secret } }`,
    {
      grants: [
        { role: 'ADMINISTRATOR', accountId: toGlobalId('Account', demoIds.account('100200')) },
      ],
    },
    { token: anna },
  );
  if (!created.data?.createApiKey.secret) throw new Error(JSON.stringify(created));
  return created.data.createApiKey.secret;
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
