import type { DataSource } from 'typeorm';
import { badUserInput, fromGlobalId, toGlobalId, type Principal } from '@portal/platform';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterUsageMonth } from '../entities/meter-usage-month.entity';
import { ReadingsOwedCohort, ReadingsReceivedPeriod } from '../entities/billing-period.entity';
import { visibleDevicesCondition } from './reading-access';
import { addDays, addMonths } from './calendar';
import type { DeviceRef } from './meter-reading';

/** At most this many months in one question: three years of charts. */
export const MAX_MONTHS = 36;

/** The devices and months a printVolume question covers, authorised and validated. */
export interface VolumeScope {
  /** YYYY-MM-01 of the first and last month. */
  from: string;
  to: string;
  /** The day asked for as `to` (devices not reporting count back from it). */
  until: string;
  /** SQL over the device_projection alias `d` with named parameters; null: no device. */
  devices: { sql: string; params: Record<string, unknown> } | null;
  /** The service centre over every account (null) or the one asked for: the account rollups answer. */
  serviceCentre: { account: string | null } | null;
}

export interface VolumeMonth {
  month: string;
  total: number;
  mono: number;
  colour: number;
  previousYearTotal: number;
  reportingDevices: number;
}

export interface MissingPeriod {
  month: string;
  owing: number;
  missing: number;
}

export type VolumeDimension = 'ACCOUNT' | 'LOCATION' | 'MODEL' | 'DEVICE';

export interface VolumeGroup {
  key: string;
  label: string;
  devices: number;
  total: number;
  mono: number;
  colour: number;
}

export interface DeviceVolume {
  device: DeviceRef;
  serialNumber: string;
  modelName: string;
  total: number;
  mono: number;
  colour: number;
}

export interface ReportingGap {
  device: DeviceRef;
  serialNumber: string;
  modelName: string;
  lastReadingDate: string | null;
}

const GROUP_KEY: Record<VolumeDimension, { key: string; label: string }> = {
  ACCOUNT: { key: 'v.account_id::text', label: 'v.account_id::text' },
  LOCATION: { key: 'v.address', label: 'v.address' },
  MODEL: { key: 'v.model_id', label: 'v.model_name' },
  DEVICE: { key: 'v.device_id::text', label: 'v.serial_number' },
};

const cap = (first: number | null | undefined, fallback: number) =>
  Math.min(Math.max(first ?? fallback, 0), 100);

/**
 * Customer and service-centre analytics of printed volume: reads of the monthly usage rollup
 * (meter_usage_month) for the devices the caller sees readings of, never the readings.
 */
export class FleetAnalytics {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  /** Authorises and validates a question: who sees which devices, which months. */
  scope(from: string, to: string, accountId?: string | null): VolumeScope {
    this.principal.requireSignedIn();
    const first = `${from.slice(0, 7)}-01`;
    const last = `${to.slice(0, 7)}-01`;
    if (to < from) throw badUserInput('`to` is before `from`.');
    if (addMonths(first, MAX_MONTHS - 1) < last)
      throw badUserInput(`Ask for at most ${MAX_MONTHS} months at a time.`);
    let devices = visibleDevicesCondition(this.principal, 'd');
    let account: string | null = null;
    if (devices && accountId !== null && accountId !== undefined) {
      account = fromGlobalId('Account', accountId);
      // An id that is no account answers as an account the caller does not see: no devices.
      devices = account
        ? {
            sql: `${devices.sql} AND d.account_id = :account`,
            params: { ...devices.params, account },
          }
        : null;
    }
    const serviceCentre = devices && this.principal.isStaff ? { account } : null;
    return { from: first, to: last, until: to, devices, serviceCentre };
  }

  async months(scope: VolumeScope): Promise<VolumeMonth[]> {
    const months: string[] = [];
    for (let m = scope.from; m <= scope.to; m = addMonths(m, 1)) months.push(m);
    if (!scope.devices) return months.map((month) => emptyMonth(month));
    const rows: { month: string; total: string; colour: string; devices: number }[] =
      await this.query(
        `SELECT m.month::text AS month,
                coalesce(sum(m.usage) FILTER (WHERE m.meter = 'TOTAL'), 0) AS total,
                coalesce(sum(m.usage) FILTER (WHERE m.meter = 'COLOUR'), 0) AS colour,
                count(*) FILTER (WHERE m.meter = 'TOTAL')::int AS devices
           FROM ${this.table(MeterUsageMonth)} m
           JOIN ${this.table(DeviceProjection)} d ON d.device_id = m.device_id
          WHERE ${scope.devices.sql} AND m.meter IN ('TOTAL', 'COLOUR')
            AND m.month BETWEEN (:from::date - interval '1 year') AND :to::date
          GROUP BY m.month`,
        { ...scope.devices.params, from: scope.from, to: scope.to },
      );
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return months.map((month) => {
      const row = byMonth.get(month);
      const total = Number(row?.total ?? 0);
      const colour = Number(row?.colour ?? 0);
      return {
        month,
        total,
        colour,
        mono: total - colour,
        previousYearTotal: Number(byMonth.get(addMonths(month, -12))?.total ?? 0),
        reportingDevices: row?.devices ?? 0,
      };
    });
  }

  async breakdown(scope: VolumeScope, by: VolumeDimension, first?: number | null) {
    if (!scope.devices) return [];
    const { key, label } = GROUP_KEY[by];
    const rows: (Omit<VolumeGroup, 'total' | 'mono' | 'colour'> & Record<string, string>)[] =
      await this.query(
        `SELECT ${key} AS key, min(${label}) AS label, count(*)::int AS devices,
                sum(v.total) AS total, sum(v.colour) AS colour
           FROM (${this.deviceVolumes(scope)}) v
          GROUP BY ${key} ORDER BY sum(v.total) DESC, min(${label}) LIMIT :first`,
        { ...scope.devices.params, from: scope.from, to: scope.to, first: cap(first, 20) },
      );
    return rows.map((r) => ({
      key:
        by === 'ACCOUNT'
          ? toGlobalId('Account', r.key)
          : by === 'DEVICE'
            ? toGlobalId('Device', r.key)
            : r.key,
      label: by === 'ACCOUNT' ? toGlobalId('Account', r.label) : r.label,
      devices: r.devices,
      ...split(r.total, r.colour),
    }));
  }

  topDevices(scope: VolumeScope, first?: number | null): Promise<DeviceVolume[]> {
    return this.devicesBy(scope, 'TRUE', 'v.total DESC, v.serial_number', cap(first, 10));
  }

  /** Devices that had reported before the period's end but printed nothing in it. */
  idleDevices(scope: VolumeScope, first?: number | null): Promise<DeviceVolume[]> {
    return this.devicesBy(
      scope,
      `v.total = 0 AND v.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM ${this.table(MeterUsageMonth)} e
         WHERE e.device_id = v.device_id AND e.month <= :to::date)`,
      'v.serial_number',
      cap(first, 50),
    );
  }

  async devicesNotReporting(
    scope: VolumeScope,
    days?: number | null,
    first?: number | null,
  ): Promise<ReportingGap[]> {
    if (!scope.devices) return [];
    if (days !== null && days !== undefined && (days < 1 || days > 3660))
      throw badUserInput('`days` is 1 to 3660.');
    const rows: {
      device_id: string;
      serial_number: string;
      model_name: string;
      last: string | null;
    }[] = await this.query(
      `SELECT * FROM (
           SELECT d.device_id, d.serial_number, d.snapshot->>'modelName' AS model_name,
                  (SELECT max(m.last_reading_date) FROM ${this.table(MeterUsageMonth)} m
                    WHERE m.device_id = d.device_id AND m.month <= :to::date) AS last
             FROM ${this.table(DeviceProjection)} d
            WHERE ${scope.devices.sql} AND d.status = 'ACTIVE') g
          WHERE g.last IS NULL OR g.last < :since::date
          ORDER BY g.last NULLS FIRST, g.serial_number LIMIT :first`,
      {
        ...scope.devices.params,
        to: scope.to,
        since: addDays(scope.until, -(days ?? 45)),
        first: cap(first, 50),
      },
    );
    return rows.map((r) => ({
      device: { id: toGlobalId('Device', r.device_id) },
      serialNumber: r.serial_number,
      modelName: r.model_name,
      lastReadingDate: r.last,
    }));
  }

  /**
   * Per month: the devices (not decommissioned, installed before the period) that owed a
   * reading for the period ending that month, and those without one in the period.
   */
  async missingReadings(scope: VolumeScope): Promise<MissingPeriod[]> {
    if (!scope.devices) return [];
    if (scope.serviceCentre) return this.missingOverAccounts(scope, scope.serviceCentre.account);
    const rows: MissingPeriod[] = await this.query(
      `WITH months AS (
         SELECT generate_series(:from::date, :to::date, interval '1 month')::date AS month
       ), owed AS (
         SELECT mo.month, d.device_id,
                CASE WHEN d.snapshot->>'readingFrequency' = 'QUARTERLY'
                     THEN date_trunc('quarter', mo.month)::date ELSE mo.month END AS start
           FROM ${this.table(DeviceProjection)} d CROSS JOIN months mo
          WHERE ${scope.devices.sql} AND d.status <> 'DECOMMISSIONED'
            AND (d.snapshot->>'readingFrequency' <> 'QUARTERLY'
                 OR extract(month FROM mo.month)::int % 3 = 0)
            AND (d.snapshot->>'installedAt')::date <
                CASE WHEN d.snapshot->>'readingFrequency' = 'QUARTERLY'
                     THEN date_trunc('quarter', mo.month)::date ELSE mo.month END
       )
       SELECT o.month::text AS month, count(*)::int AS owing,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM ${this.table(MeterUsageMonth)} m
                 WHERE m.device_id = o.device_id AND m.meter = 'TOTAL'
                   AND m.month BETWEEN o.start AND o.month))::int AS missing
         FROM owed o GROUP BY o.month ORDER BY o.month`,
      { ...scope.devices.params, from: scope.from, to: scope.to },
    );
    return rows;
  }

  /**
   * missingReadings over whole accounts, from the billing-period rollups: the devices owing a
   * period are those installed before it began, the missing ones those owing less those that
   * sent a reading in it.
   */
  private async missingOverAccounts(
    scope: VolumeScope,
    account: string | null,
  ): Promise<MissingPeriod[]> {
    const accounts = account ? 'account_id = :account' : 'TRUE';
    const rows: { month: string; owing: number; received: number }[] = await this.query(
      `WITH cohorts AS (
         SELECT installed_month, reading_frequency, sum(devices) AS devices
           FROM ${this.table(ReadingsOwedCohort)} WHERE ${accounts} GROUP BY 1, 2
       ), received AS (
         SELECT month, sum(devices) AS devices FROM ${this.table(ReadingsReceivedPeriod)}
          WHERE ${accounts} AND month BETWEEN :from::date AND :to::date GROUP BY month
       )
       SELECT mo.month::text AS month, coalesce(r.devices, 0)::int AS received,
              coalesce((SELECT sum(c.devices) FROM cohorts c
                 WHERE (c.reading_frequency = 'MONTHLY' AND c.installed_month < mo.month)
                    OR (c.reading_frequency = 'QUARTERLY' AND extract(month FROM mo.month)::int % 3 = 0
                        AND c.installed_month < date_trunc('quarter', mo.month)::date)), 0)::int AS owing
         FROM (SELECT generate_series(:from::date, :to::date, interval '1 month')::date AS month) mo
         LEFT JOIN received r ON r.month = mo.month
        ORDER BY mo.month`,
      { from: scope.from, to: scope.to, account },
    );
    return rows.map(({ month, owing, received }) => ({ month, owing, missing: owing - received }));
  }

  private async devicesBy(
    scope: VolumeScope,
    condition: string,
    order: string,
    first: number,
  ): Promise<DeviceVolume[]> {
    if (!scope.devices) return [];
    const rows: Record<string, string>[] = await this.query(
      `SELECT v.* FROM (${this.deviceVolumes(scope)}) v WHERE ${condition}
        ORDER BY ${order} LIMIT :first`,
      { ...scope.devices.params, from: scope.from, to: scope.to, first },
    );
    return rows.map((r) => ({
      device: { id: toGlobalId('Device', r.device_id!) },
      serialNumber: r.serial_number!,
      modelName: r.model_name!,
      ...split(r.total!, r.colour!),
    }));
  }

  /** Each visible device with its volume in the scope's months (zero without readings). */
  private deviceVolumes(scope: VolumeScope): string {
    return `SELECT d.device_id, d.serial_number, d.account_id, d.status,
                   d.snapshot->>'modelId' AS model_id, d.snapshot->>'modelName' AS model_name,
                   d.snapshot->'location'->>'address' AS address,
                   coalesce(sum(m.usage) FILTER (WHERE m.meter = 'TOTAL'), 0) AS total,
                   coalesce(sum(m.usage) FILTER (WHERE m.meter = 'COLOUR'), 0) AS colour
              FROM ${this.table(DeviceProjection)} d
              LEFT JOIN ${this.table(MeterUsageMonth)} m ON m.device_id = d.device_id
               AND m.meter IN ('TOTAL', 'COLOUR') AND m.month BETWEEN :from::date AND :to::date
             WHERE ${scope.devices!.sql}
             GROUP BY d.device_id`;
  }

  private query<T>(sql: string, params: Record<string, unknown>): Promise<T> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query(text, values);
  }

  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  private table(entity: Function): string {
    return this.dataSource.getRepository(entity).metadata.tablePath;
  }
}

function split(total: string | number, colour: string | number) {
  const t = Number(total);
  const c = Number(colour);
  return { total: t, colour: c, mono: t - c };
}

function emptyMonth(month: string): VolumeMonth {
  return { month, total: 0, mono: 0, colour: 0, previousYearTotal: 0, reportingDevices: 0 };
}
