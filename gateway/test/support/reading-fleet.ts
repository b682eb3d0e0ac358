import { demoIds, toGlobalId } from '@portal/platform';
import type { TestSystem } from './system';
import { daysFromToday } from './meter-readings';

export interface FleetDevice {
  /** Global id, as a client sends it. */
  id: string;
  total: number;
  black: number;
}

/**
 * A fleet of e-Maintenance devices on account 100200, each with one reading 30 days ago, for
 * month-end volumes. Written straight into meter readings' own tables, as if devices had
 * announced them (registering 10,000 devices through devices would measure devices).
 */
export async function seedReadingFleet(
  system: TestSystem,
  size: number,
  prefix = 'FLEET',
): Promise<FleetDevice[]> {
  const dataSource = system.subgraph('meter-readings').dataSource;
  const rows: { device_id: string; total: string; black: string }[] = await dataSource.query(
    `WITH fleet AS (
       SELECT n, md5($1 || n)::uuid AS device_id, $1 || lpad(n::text, 6, '0') AS serial
         FROM generate_series(1, $2::int) AS n
     ), devices AS (
       INSERT INTO meter_readings.device_projection (device_id, revision, serial_number, account_id, status, snapshot)
       SELECT device_id, 1, serial, $3::uuid, 'ACTIVE', jsonb_build_object(
         'deviceId', device_id, 'revision', 1, 'serialNumber', serial, 'accountId', $3::uuid,
         'status', 'ACTIVE', 'modelId', $4::uuid, 'modelName', 'imageRUNNER ADVANCE DX 6860i',
         'colour', false, 'pagesPerMinute', 60, 'meters', jsonb_build_array('TOTAL', 'BLACK'),
         'tonerSkus', jsonb_build_array('C-EXV60-BK'), 'timeZone', 'Europe/Copenhagen',
         'installedAt', '2024-01-15', 'location', jsonb_build_object('address', 'Fleet Street ' || n,
           'building', null, 'floor', null, 'room', null, 'note', null, 'contactName', null,
           'contactPhone', null),
         'eMaintenance', true, 'stockLocationId', null, 'contractNumber', 'SC-' || serial,
         'responseTimeHours', 8, 'billedMeters', jsonb_build_array('TOTAL', 'BLACK'),
         'readingFrequency', 'MONTHLY')
         FROM fleet
     ), readings AS (
       INSERT INTO meter_readings.meter_reading (id, device_id, reading_date, source, submitted_by,
         submitted_at, previous_reading_date)
       SELECT md5($1 || 'reading' || n)::uuid, device_id, $5::date, 'E_MAINTENANCE',
         'system:e-maintenance', now() - interval '30 days', null
         FROM fleet
     ), reading_values AS (
       INSERT INTO meter_readings.meter_reading_value (reading_id, meter, value)
       SELECT md5($1 || 'reading' || n)::uuid, meter, 100000 + n
         FROM fleet, unnest(ARRAY['TOTAL', 'BLACK']) AS meter
     )
     SELECT device_id, 100000 + n AS total, 100000 + n AS black FROM fleet ORDER BY n`,
    [
      prefix,
      size,
      demoIds.account('100200'),
      demoIds.model('imageRUNNER ADVANCE DX 6860i'),
      daysFromToday(-30),
    ],
  );
  return rows.map((r) => ({
    id: toGlobalId('Device', r.device_id),
    total: Number(r.total),
    black: Number(r.black),
  }));
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
