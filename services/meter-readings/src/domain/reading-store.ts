import type { EntityManager } from 'typeorm';
import { anyOf } from '@portal/platform';
import { type MeterType } from '@portal/event-contracts';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import { byMeterOrder, type AcceptedReading } from './meter-reading';

/** Readings by id with their values: two statements however many. */
export async function loadReadings(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, AcceptedReading>> {
  if (ids.length === 0) return new Map();
  const readings = await manager.find(MeterReading, { where: { id: anyOf(ids) } });
  return attachValues(manager, readings);
}

/** The values of readings already loaded, in one statement. */
export async function attachValues(
  manager: EntityManager,
  readings: MeterReading[],
): Promise<Map<string, AcceptedReading>> {
  const values = await valuesOf(
    manager,
    readings.map((r) => r.id),
  );
  return new Map(
    readings.map((reading) => [reading.id, { reading, values: values.get(reading.id) ?? [] }]),
  );
}

/** meter -> value of each reading, for the rules. */
export async function valuesOf(
  manager: EntityManager,
  readingIds: string[],
): Promise<Map<string, MeterReadingValue[]>> {
  const grouped = new Map<string, MeterReadingValue[]>();
  if (readingIds.length === 0) return grouped;
  const rows = await manager.find(MeterReadingValue, { where: { readingId: anyOf(readingIds) } });
  for (const row of rows) {
    const list = grouped.get(row.readingId);
    if (list) list.push(row);
    else grouped.set(row.readingId, [row]);
  }
  for (const [id, list] of grouped) grouped.set(id, byMeterOrder(list));
  return grouped;
}

export function valueMap(values: { meter: MeterType; value: number }[]): Map<MeterType, number> {
  return new Map(values.map((v) => [v.meter, v.value]));
}
