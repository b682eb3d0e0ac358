import type { DataSource } from 'typeorm';
import {
  badUserInput,
  byKeys,
  decodeCursor,
  fromGlobalId,
  pageSize,
  toConnection,
  toGlobalId,
  type Connection,
  type Principal,
  type RequestLoaders,
  anyOf,
} from '@portal/platform';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingCorrection } from '../entities/meter-reading-correction.entity';
import { dayIn, nextPeriod, periodOf, type Day } from './calendar';
import type {
  AcceptedReading,
  BulkMeterReadingPayload,
  DeviceRef,
  MeterReadingDue,
  MeterReadingPayload,
  SubmitMeterReadingInput,
} from './meter-reading';
import {
  assertMayAttemptSubmit,
  maySeeReadings,
  mayBackdate,
  mayCorrect,
  maySubmitNow,
  visibleDevicesCondition,
} from './reading-access';
import { ReadingIntake } from './reading-intake';
import { attachValues, loadReadings } from './reading-store';

/** At most this many readings in one bulk submission. */
export const MAX_BULK_READINGS = 1000;

/** Meter readings: submitted by Administrators, assigned Device Managers, agents and integration keys. */
export class MeterReadingService {
  private readonly intake: ReadingIntake;

  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
    eventsRecorded: () => void,
  ) {
    this.intake = new ReadingIntake(dataSource, principal, eventsRecorded);
  }

  async submit(input: SubmitMeterReadingInput): Promise<MeterReadingPayload> {
    assertMayAttemptSubmit(this.principal);
    const [result] = await this.intake.submit([input], () => ['input']);
    return result!;
  }

  async submitMany(inputs: SubmitMeterReadingInput[]): Promise<BulkMeterReadingPayload> {
    assertMayAttemptSubmit(this.principal);
    if (inputs.length > MAX_BULK_READINGS)
      throw badUserInput(
        `Submit at most ${MAX_BULK_READINGS} readings at once; split the rest into further calls.`,
      );
    const results = await this.intake.submit(inputs, (index) => ['inputs', String(index)], true);
    const accepted = results.filter((r) => r.meterReading && r.userErrors.length === 0).length;
    return {
      accepted,
      rejected: results.length - accepted,
      results: results.map((r, index) => ({ index, ...r })),
    };
  }

  /** The newest reading of a device the caller may see readings of (batched per request). */
  async latestOf(ref: DeviceRef): Promise<AcceptedReading | null> {
    const device = await this.visibleDevice(ref);
    if (!device) return null;
    return this.loaders
      .get<string, AcceptedReading | null>('latest-reading', async (ids) => {
        // One backward step on (device_id, reading_date) per device, not every reading of
        // the devices sorted (DISTINCT ON): a device has about fifty a year.
        const repository = this.dataSource.getRepository(MeterReading);
        const readings = await repository
          .createQueryBuilder('r')
          .where(
            `r.id IN (SELECT newest.id FROM unnest(CAST(:ids AS uuid[])) AS asked(device_id)
               CROSS JOIN LATERAL (SELECT x.id FROM ${repository.metadata.tablePath} x
                 WHERE x.device_id = asked.device_id ORDER BY x.reading_date DESC LIMIT 1) newest)`,
            { ids: [...ids] },
          )
          .getMany();
        const withValues = await attachValues(this.dataSource.manager, readings);
        return byKeys(ids, [...withValues.values()], (a) => a.reading.deviceId);
      })
      .load(device.deviceId);
  }

  /** A device's readings, newest first; keyset-paginated by day (batched per page size and cursor). */
  async historyOf(
    ref: DeviceRef,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<AcceptedReading>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const before = cursor ? String(cursor[0]) : null;
    if (before !== null && !/^\d{4}-\d{2}-\d{2}$/.test(before))
      throw badUserInput('`after` is not a cursor from this list.');
    const device = await this.visibleDevice(ref);
    if (!device) return toConnection([], size, () => [], 0);
    const page = await this.loaders
      .get<string, { rows: AcceptedReading[]; totalCount: number }>(
        `history:${size}:${before ?? ''}`,
        (ids) => this.historyPages(ids, size, before),
      )
      .load(device.deviceId);
    return toConnection(page.rows, size, (a) => [a.reading.readingDate], page.totalCount);
  }

  /** The billing period whose reading the device owes; null when none is owed now. */
  async dueOf(ref: DeviceRef): Promise<MeterReadingDue | null> {
    const device = await this.visibleDevice(ref);
    if (!device || device.status === 'DECOMMISSIONED') return null;
    const latest = await this.latestOf(ref);
    return owedPeriod(device.snapshot, latest?.reading.readingDate ?? null, new Date());
  }

  /**
   * Devices whose reading is due or overdue, by serial number: no reading yet in the current
   * period (the same rule as owedPeriod, in SQL, each device in its own time zone).
   */
  async due(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<DeviceRef>> {
    // The list is for who may submit: planners and technicians never do (FORBIDDEN).
    assertMayAttemptSubmit(this.principal);
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const visible = visibleDevicesCondition(this.principal, 'd');
    if (!visible) return toConnection([], size, () => [], 0);
    const readings = this.dataSource.getRepository(MeterReading).metadata.tablePath;
    const query = this.dataSource
      .getRepository(DeviceProjection)
      .createQueryBuilder('d')
      .where(visible.sql, visible.params)
      .andWhere(`d.status <> 'DECOMMISSIONED'`)
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM ${readings} r WHERE r.device_id = d.device_id
           AND r.reading_date >= date_trunc(
             CASE d.snapshot->>'readingFrequency' WHEN 'QUARTERLY' THEN 'quarter' ELSE 'month' END,
             now() AT TIME ZONE (d.snapshot->>'timeZone'))::date)`,
      );
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('d.serial_number > :after', { after: String(cursor[0]) });
    const rows = await query
      .orderBy('d.serial_number')
      .limit(size + 1)
      .getMany();
    // The page's devices answer their own look-ups in the same request (meterReadingDue).
    const projections = this.projectionLoader();
    for (const row of rows) projections.prime(row.deviceId, row);
    const refs = rows.map((d) => ({
      id: toGlobalId('Device', d.deviceId),
      serial: d.serialNumber,
    }));
    return toConnection(refs, size, (r) => [r.serial], totalCount);
  }

  /** A reading another subgraph refers to, when the caller may see its device's readings. */
  async byId(globalId: string): Promise<AcceptedReading | null> {
    const id = fromGlobalId('MeterReading', globalId);
    if (!id || this.principal.isAnonymous) return null;
    const accepted = await this.loaders
      .get<string, AcceptedReading | null>('reading', async (ids) => {
        const found = await loadReadings(this.dataSource.manager, ids);
        return ids.map((i) => found.get(i) ?? null);
      })
      .load(id);
    if (!accepted) return null;
    const device = await this.visibleDevice({
      id: toGlobalId('Device', accepted.reading.deviceId),
    });
    return device ? accepted : null;
  }

  /** The corrections of a device's readings, newest first (at most 100), batched per request. */
  async correctionsOfDevice(ref: DeviceRef): Promise<MeterReadingCorrection[]> {
    const device = await this.visibleDevice(ref);
    if (!device) return [];
    const all = await this.correctionLoader().load(device.deviceId);
    return all.slice(0, 100);
  }

  /** The corrections of one reading (the caller already sees it), newest first. */
  async correctionsOfReading(accepted: AcceptedReading): Promise<MeterReadingCorrection[]> {
    const all = await this.correctionLoader().load(accepted.reading.deviceId);
    return all.filter((c) => c.readingId === accepted.reading.id);
  }

  /** Confirmed increases the service centre has not reviewed, oldest first: staff only. */
  async toReview(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<AcceptedReading>> {
    this.principal.requireStaff();
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (cursor && !/^[0-9a-f-]{36}$/.test(String(cursor[1])))
      throw badUserInput('`after` is not a cursor from this list.');
    const query = this.dataSource
      .getRepository(MeterReading)
      .createQueryBuilder('r')
      .where('r.increase_confirmed AND r.reviewed_at IS NULL');
    const totalCount = await query.getCount();
    if (cursor)
      query.andWhere('(r.submitted_at, r.id) > (:at, :id)', {
        at: String(cursor[0]),
        id: String(cursor[1]),
      });
    const rows = await query
      .orderBy('r.submitted_at')
      .addOrderBy('r.id')
      .limit(size + 1)
      .getMany();
    const loaded = await attachValues(this.dataSource.manager, rows);
    return toConnection(
      rows.map((r) => loaded.get(r.id)!),
      size,
      (a) => [a.reading.submittedAt.toISOString(), a.reading.id],
      totalCount,
    );
  }

  private correctionLoader() {
    return this.loaders.get<string, MeterReadingCorrection[]>('corrections', async (ids) => {
      const rows = await this.dataSource.getRepository(MeterReadingCorrection).find({
        where: { deviceId: anyOf(ids) },
        order: { correctedAt: 'DESC' },
      });
      return ids.map((id) => rows.filter((c) => c.deviceId === id));
    });
  }

  /** Whether the caller may submit a reading for the device now (submitMeterReadings' rules). */
  async maySubmitFor(ref: DeviceRef): Promise<boolean> {
    const id = fromGlobalId('Device', ref.id);
    if (!id) return false;
    const device = await this.projectionLoader().load(id);
    return device !== null && maySubmitNow(this.principal, device);
  }

  /** Whether the caller may date a reading for the device before today (submitting it now). */
  async mayBackdateFor(ref: DeviceRef): Promise<boolean> {
    return mayBackdate(this.principal) && (await this.maySubmitFor(ref));
  }

  /** Whether the caller may correct or void the device's readings (ReadingCorrections' rule). */
  async mayCorrectReadingsOf(ref: DeviceRef): Promise<boolean> {
    return mayCorrect(this.principal) && (await this.visibleDevice(ref)) !== null;
  }

  /** The device's projection when the caller may see its readings, else null. */
  private async visibleDevice(ref: DeviceRef): Promise<DeviceProjection | null> {
    if (this.principal.isAnonymous) return null;
    const id = fromGlobalId('Device', ref.id);
    if (!id) return null;
    const device = await this.projectionLoader().load(id);
    return device && maySeeReadings(this.principal, device) ? device : null;
  }

  private projectionLoader() {
    return this.loaders.get<string, DeviceProjection | null>('device-projection', async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(DeviceProjection).findBy({ deviceId: anyOf(ids) }),
        (d) => d.deviceId,
      ),
    );
  }

  private async historyPages(
    ids: readonly string[],
    size: number,
    before: Day | null,
  ): Promise<{ rows: AcceptedReading[]; totalCount: number }[]> {
    const table = this.dataSource.getRepository(MeterReading).metadata.tablePath;
    const page: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM (
         SELECT r.id, row_number() OVER (PARTITION BY r.device_id ORDER BY r.reading_date DESC) AS n
           FROM ${table} r
          WHERE r.device_id = ANY($1::uuid[]) AND ($2::date IS NULL OR r.reading_date < $2::date)
       ) ranked WHERE n <= $3`,
      [ids, before, size + 1],
    );
    const counts: { device_id: string; n: string }[] = await this.dataSource.query(
      `SELECT device_id, count(*) AS n FROM ${table} WHERE device_id = ANY($1::uuid[]) GROUP BY device_id`,
      [ids],
    );
    const readings = await loadReadings(
      this.dataSource.manager,
      page.map((r) => r.id),
    );
    const sorted = [...readings.values()].sort((a, b) =>
      b.reading.readingDate.localeCompare(a.reading.readingDate),
    );
    return ids.map((id) => ({
      rows: sorted.filter((a) => a.reading.deviceId === id),
      totalCount: Number(counts.find((c) => c.device_id === id)?.n ?? 0),
    }));
  }
}

/**
 * The owed billing period (Device.meterReadingDue): the one after the newest reading's period,
 * the current one when there is no reading; null when that is still to come.
 */
export function owedPeriod(
  device: { timeZone: string; readingFrequency: 'MONTHLY' | 'QUARTERLY' },
  latestReadingDate: Day | null,
  now: Date,
): MeterReadingDue | null {
  const today = dayIn(device.timeZone, now);
  const frequency = device.readingFrequency;
  const current = periodOf(today, frequency);
  const owed = latestReadingDate
    ? nextPeriod(periodOf(latestReadingDate, frequency), frequency)
    : current;
  if (owed.start > current.start) return null;
  return {
    periodStart: owed.start,
    periodEnd: owed.end,
    dueDate: owed.end,
    overdue: today > owed.end,
  };
}
