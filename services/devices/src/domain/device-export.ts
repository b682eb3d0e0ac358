import type { Writable } from 'node:stream';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { writeTableExport, type ExportFormat, type TableExport } from '@portal/platform';
import type { Device } from '../entities/device.entity';
import { DeviceModel } from '../entities/device-model.entity';

/** The columns of a devices export, in order: the inventory a procurement review reads. */
export const DEVICE_COLUMNS = [
  'serialNumber',
  'model',
  'account',
  'status',
  'installedAt',
  'address',
  'building',
  'floor',
  'room',
  'contractNumber',
  'responseTimeHours',
  'billedMeters',
  'readingFrequency',
  'eMaintenance',
] as const;

/** The devices of `query` (DeviceService.exportQuery; null: none) as an export reads them. */
export function devicesExport(query: SelectQueryBuilder<Device> | null): TableExport {
  const table = { sheet: 'Devices', columns: DEVICE_COLUMNS };
  if (!query) return { ...table, sql: 'SELECT 1 WHERE FALSE', params: [] };
  const [sql, params] = query
    .clone()
    .select([])
    .leftJoin(DeviceModel, 'm', 'm.id = d.model_id')
    .addSelect(
      `d.serial_number, m.name, d.account_id, d.status, d.installed_at::text,
       d.location_address, d.location_building, d.location_floor, d.location_room,
       d.contract_number, d.contract_response_time_hours,
       array_to_string(d.contract_billed_meters, ' '), d.contract_reading_frequency,
       d.e_maintenance`,
    )
    .getQueryAndParameters();
  return { ...table, sql, params };
}

/** Writes the devices of `query` to `output` as CSV or XLSX, streamed from a cursor. */
export function writeDevicesExport(
  dataSource: DataSource,
  query: SelectQueryBuilder<Device> | null,
  format: ExportFormat,
  output: Writable,
  progress?: (rows: number) => void,
): Promise<number> {
  return writeTableExport(dataSource, devicesExport(query), format, output, progress);
}
