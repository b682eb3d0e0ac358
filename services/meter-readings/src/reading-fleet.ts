/**
 * A fleet of e-Maintenance devices that only meter readings knows, each with one reading (TOTAL
 * and BLACK at 100000 + n), written straight into meter readings' own tables as if devices had
 * announced them: for tests and the bench that measure intake at volume (registering thousands
 * of devices through devices would measure devices).
 */
export interface ReadingFleetOptions {
  /** Serial numbers are the prefix and n, padded to seven digits; ids derive from it too. */
  prefix: string;
  size: number;
  accountId: string;
  modelId: string;
  /** YYYY-MM-DD of each device's reading; default 30 days before today. */
  readingDate?: string;
}

export interface FleetDevice {
  deviceId: string;
  /** What both meters read on readingDate. */
  base: number;
}

type Query = (sql: string, parameters: unknown[]) => Promise<{ device_id: string; base: string }[]>;

export async function insertReadingFleet(
  query: Query,
  { prefix, size, accountId, modelId, readingDate }: ReadingFleetOptions,
): Promise<FleetDevice[]> {
  const rows = await query(
    `WITH fleet AS (
       SELECT n, md5($1 || n)::uuid AS device_id, $1 || lpad(n::text, 7, '0') AS serial
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
       SELECT md5($1 || 'reading' || n)::uuid, device_id, coalesce($5::date, current_date - 30),
         'E_MAINTENANCE', 'system:e-maintenance', now() - interval '30 days', null
         FROM fleet
     ), reading_values AS (
       INSERT INTO meter_readings.meter_reading_value (reading_id, meter, value)
       SELECT md5($1 || 'reading' || n)::uuid, meter, 100000 + n
         FROM fleet, unnest(ARRAY['TOTAL', 'BLACK']) AS meter
     )
     SELECT device_id, 100000 + n AS base FROM fleet ORDER BY n`,
    [prefix, size, accountId, modelId, readingDate ?? null],
  );
  return rows.map((r) => ({ deviceId: r.device_id, base: Number(r.base) }));
}
