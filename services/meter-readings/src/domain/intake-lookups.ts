import type { EntityManager } from 'typeorm';
import type { DeviceSnapshotV1, MeterType } from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import type { Pending } from './batch-judging';
import type { Day } from './calendar';
import type { KnownReading } from './reading-rules';

/**
 * What a batch is judged against, read set-based: the devices (locked) and every input's stored
 * neighbours, each in one statement however many inputs.
 */

/** What the intake reads of a device's snapshot (judging, access, the event), by SQL type. */
const DEVICE_FIELDS = {
  deviceId: 'text',
  accountId: 'text',
  serialNumber: 'text',
  contractNumber: 'text',
  status: 'text',
  pagesPerMinute: 'float8',
  timeZone: 'text',
  installedAt: 'text',
  eMaintenance: 'boolean',
  billedMeters: 'jsonb',
} as const;
export type IntakeDevice = Pick<DeviceSnapshotV1, keyof typeof DEVICE_FIELDS>;

/** A field as a column of its type: cheaper to read than a JSON object built per row. */
const deviceColumn = ([field, type]: [string, string]) =>
  type === 'jsonb'
    ? `snapshot->'${field}' AS "${field}"`
    : type === 'text'
      ? `snapshot->>'${field}' AS "${field}"`
      : `(snapshot->>'${field}')::${type} AS "${field}"`;

/** A neighbour: stored, or accepted earlier in the same batch (then `pending` is set). */
export interface Neighbour extends KnownReading {
  id: string;
  pending: Pending | null;
}

export interface StoredNeighbours {
  previous: Neighbour | null;
  next: Neighbour | null;
  /** The day is taken already. */
  sameDay: boolean;
}

/** An input to look up: its index in the batch, device and day. */
export interface Lookup {
  index: number;
  deviceId: string;
  day: Day;
}

/** Locks the devices' rows, in id order, for the rest of the transaction. */
export async function lockDevices(
  manager: EntityManager,
  ids: string[],
): Promise<Map<string, IntakeDevice>> {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return new Map();
  // Only the fields the intake reads: a whole snapshot is several times the size to parse.
  const rows: IntakeDevice[] = await manager.query(
    `SELECT ${Object.entries(DEVICE_FIELDS).map(deviceColumn).join(', ')}
       FROM ${manager.getRepository(DeviceProjection).metadata.tablePath}
      WHERE device_id = ANY($1::uuid[]) ORDER BY device_id FOR UPDATE`,
    [unique],
  );
  return new Map(rows.map((device) => [device.deviceId, device]));
}

/** The stored readings just before and after each input's day, and whether the day is taken. */
export async function storedNeighbours(
  manager: EntityManager,
  lookups: Lookup[],
): Promise<Map<number, StoredNeighbours>> {
  const found = new Map<number, StoredNeighbours>();
  if (lookups.length === 0) return found;
  const table = manager.getRepository(MeterReading).metadata.tablePath;
  const values = manager.getRepository(MeterReadingValue).metadata.tablePath;
  const rows: {
    i: number;
    previous_id: string | null;
    previous_date: string | null;
    previous_values: Record<string, number> | null;
    next_id: string | null;
    next_date: string | null;
    next_values: Record<string, number> | null;
    same_day: boolean;
  }[] = await manager.query(
    // The reading on or before the day answers both "is the day taken" and "which is the
    // previous one": one index probe each side. A taken day is refused before its previous
    // reading matters, so that one is not looked up. json, not jsonb: built as the text it is
    // sent as.
    `SELECT x.i, p.id AS previous_id, p.reading_date::text AS previous_date,
            (SELECT json_object_agg(v.meter, v.value) FROM ${values} v WHERE v.reading_id = p.id)
              AS previous_values,
            n.id AS next_id, n.reading_date::text AS next_date,
            (SELECT json_object_agg(v.meter, v.value) FROM ${values} v WHERE v.reading_id = n.id)
              AS next_values,
            coalesce(p.reading_date = x.day, false) AS same_day
       FROM unnest($1::int[], $2::uuid[], $3::date[]) AS x(i, device_id, day)
       LEFT JOIN LATERAL (SELECT r.id, r.reading_date FROM ${table} r
                           WHERE r.device_id = x.device_id AND r.reading_date <= x.day
                           ORDER BY r.reading_date DESC LIMIT 1) p ON TRUE
       LEFT JOIN LATERAL (SELECT r.id, r.reading_date FROM ${table} r
                           WHERE r.device_id = x.device_id AND r.reading_date > x.day
                           ORDER BY r.reading_date LIMIT 1) n ON TRUE`,
    [lookups.map((l) => l.index), lookups.map((l) => l.deviceId), lookups.map((l) => l.day)],
  );
  for (const r of rows) {
    found.set(r.i, {
      previous: r.same_day ? null : neighbour(r.previous_id, r.previous_date, r.previous_values),
      next: neighbour(r.next_id, r.next_date, r.next_values),
      sameDay: r.same_day,
    });
  }
  return found;
}

function neighbour(
  id: string | null,
  day: string | null,
  byMeter: Record<string, number> | null,
): Neighbour | null {
  if (!id || !day) return null;
  return {
    id,
    readingDate: day,
    values: new Map(
      Object.entries(byMeter ?? {}).map(([meter, value]) => [meter as MeterType, Number(value)]),
    ),
    pending: null,
  };
}
