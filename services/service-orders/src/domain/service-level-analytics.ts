import type { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import { badUserInput, fromGlobalId, toGlobalId, type Principal } from '@portal/platform';
import { DeviceProjection } from '../entities/device-projection.entity';
import { ServiceOrder, OPEN_STATUSES } from '../entities/service-order.entity';
import { ServiceOrderDay } from '../entities/service-order-day.entity';
import { ServiceOrderAccountDay } from '../entities/service-order-account-day.entity';
import { calendarFor, DEFAULT_COUNTRY } from './calendars';

const ZONE = calendarFor(DEFAULT_COUNTRY).config.timeZone;
export const MAX_DAYS = 366;

/** The devices and days a question covers, authorised and validated. */
export interface ServiceLevelScope {
  from: string;
  to: string;
  /** SQL over the device_projection alias `d` with named parameters; null: none. */
  devices: { sql: string; params: Record<string, unknown> } | null;
  /** The service centre over every account (null) or the one asked for: the account rollup answers. */
  serviceCentre: { account: string | null } | null;
}

interface Counts {
  submitted: number;
  finished: number;
  due: number;
  respondedOnTime: number;
  respondedLate: number;
  overdue: number;
}

export interface ServiceLevelPeriod extends Counts {
  start: string;
  compliance: number | null;
  backlog: number;
}

export interface AccountLevel extends Omit<Counts, 'finished'> {
  account: { id: string };
  compliance: number | null;
}

type DayRow = Counts & { day: string };

const SUMS = `sum(r.submitted)::int AS submitted, sum(r.finished)::int AS finished,
  sum(r.due)::int AS due, sum(r.responded_on_time)::int AS "respondedOnTime",
  sum(r.responded_late)::int AS "respondedLate",
  coalesce(sum(r.unresponded) FILTER (WHERE r.day < :today::date), 0)::int AS overdue`;

/**
 * Response-time analytics for customers and the service centre: reads of the daily rollup
 * (service_order_day), never the orders, except the count of open orders now (its index).
 */
export class ServiceLevelAnalytics {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  /** Authorises and validates: who sees which devices' orders, which days. */
  scope(from: string, to: string, accountId?: string | null): ServiceLevelScope {
    this.principal.requireSignedIn();
    if (to < from) throw badUserInput('`to` is before `from`.');
    if (DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days >= MAX_DAYS)
      throw badUserInput(`Ask for at most ${MAX_DAYS} days at a time.`);
    let devices = this.visibleDevices();
    let account: string | null = null;
    if (devices && accountId !== null && accountId !== undefined) {
      account = fromGlobalId('Account', accountId);
      devices = account
        ? {
            sql: `${devices.sql} AND d.account_id = :account`,
            params: { ...devices.params, account },
          }
        : null;
    }
    const serviceCentre = devices && this.principal.isStaff ? { account } : null;
    return { from, to, devices, serviceCentre };
  }

  async months(scope: ServiceLevelScope): Promise<ServiceLevelPeriod[]> {
    return this.periods(scope, (day) => `${day.slice(0, 7)}-01`);
  }

  async weeks(scope: ServiceLevelScope): Promise<ServiceLevelPeriod[]> {
    return this.periods(scope, (day) => DateTime.fromISO(day).startOf('week').toISODate()!);
  }

  async accounts(scope: ServiceLevelScope, first?: number | null): Promise<AccountLevel[]> {
    if (!scope.devices) return [];
    const days = this.days(scope);
    const rows: (Counts & { account_id: string })[] = await this.query(
      `SELECT ${days.account} AS account_id, ${SUMS} FROM ${days.from}
        WHERE ${days.where} AND r.day BETWEEN :from::date AND :to::date
        GROUP BY ${days.account}`,
      { ...days.params, from: scope.from, to: scope.to, today: this.today() },
    );
    return rows
      .map(({ account_id, finished: _finished, ...counts }) => ({
        account: { id: toGlobalId('Account', account_id) },
        ...counts,
        compliance: compliance(counts),
      }))
      .sort((a, b) => (a.compliance ?? 2) - (b.compliance ?? 2) || b.due - a.due)
      .slice(0, Math.min(Math.max(first ?? 50, 0), 200));
  }

  /** The days' counts bucketed by `bucket`, with each bucket's backlog at its end. */
  private async periods(
    scope: ServiceLevelScope,
    bucket: (day: string) => string,
  ): Promise<ServiceLevelPeriod[]> {
    if (!scope.devices) return [];
    const source = this.days(scope);
    const params = { ...source.params, from: scope.from, to: scope.to, today: this.today() };
    const days: DayRow[] = await this.query(
      `SELECT r.day::text AS day, ${SUMS} FROM ${source.from}
        WHERE ${source.where} AND r.day BETWEEN :from::date AND :to::date
        GROUP BY r.day ORDER BY r.day`,
      params,
    );
    // The backlog at a day's end: the open orders now, less what opened after it, plus what finished after it.
    const [{ open }]: { open: number }[] = await this.query(this.openOrders(scope), {
      ...scope.devices.params,
      open: OPEN_STATUSES,
    });
    const [{ after }]: { after: number }[] = await this.query(
      `SELECT coalesce(sum(r.submitted - r.finished), 0)::int AS after FROM ${source.from}
        WHERE ${source.where} AND r.day > :to::date`,
      params,
    );
    const byStart = new Map<string, ServiceLevelPeriod>();
    for (let day = scope.from; day <= scope.to; day = nextDay(day)) {
      const start = bucket(day) < scope.from ? scope.from : bucket(day);
      if (!byStart.has(start))
        byStart.set(start, { start, ...zero(), compliance: null, backlog: 0 });
    }
    for (const row of days) {
      const period = byStart.get(bucket(row.day) < scope.from ? scope.from : bucket(row.day))!;
      for (const key of COUNT_KEYS) period[key] += row[key];
    }
    const periods = [...byStart.values()];
    let backlog = open - after;
    for (const period of [...periods].reverse()) {
      period.backlog = backlog;
      period.compliance = compliance(period);
      backlog -= period.submitted - period.finished;
    }
    return periods;
  }

  /**
   * The open orders now: the service centre's every one but partners' sandboxes' (their few
   * devices by their index), a customer's those of its devices.
   */
  private openOrders(scope: ServiceLevelScope): string {
    const devices = this.table(DeviceProjection);
    if (scope.serviceCentre)
      return `SELECT count(*)::int AS open FROM ${this.table(ServiceOrder)} o
               WHERE o.status IN (:...open)
                 AND o.device_id NOT IN (SELECT d.device_id FROM ${devices} d
                                          WHERE (d.snapshot->>'sandbox') = 'true')
                 ${scope.serviceCentre.account ? `AND o.device_id IN (SELECT d.device_id FROM ${devices} d WHERE d.account_id = :account)` : ''}`;
    return `SELECT count(*)::int AS open FROM ${this.table(ServiceOrder)} o
              JOIN ${devices} d ON d.device_id = o.device_id
             WHERE ${scope.devices!.sql} AND o.status IN (:...open)`;
  }

  /** maySeeOrdersOf as SQL: technicians' work is their orders, not the service level. */
  private visibleDevices(): ServiceLevelScope['devices'] {
    const p = this.principal;
    // Every organisation's devices but partners' sandboxes'.
    if (p.isStaff)
      return p.readsEveryOrganization
        ? { sql: `(d.snapshot->>'sandbox') IS DISTINCT FROM 'true'`, params: {} }
        : null;
    const admin = p.accountsWhere('ADMINISTRATOR');
    const deviceManager = p.accountsWhere('DEVICE_MANAGER');
    const assigned = p.claims.deviceIds;
    const conditions: string[] = [];
    if (admin.length) conditions.push('d.account_id IN (:...admin)');
    if (deviceManager.length && assigned.length)
      conditions.push('(d.device_id IN (:...assigned) AND d.account_id IN (:...deviceManager))');
    return conditions.length
      ? { sql: `(${conditions.join(' OR ')})`, params: { admin, deviceManager, assigned } }
      : null;
  }

  /**
   * The day rows `r` a question reads: the service centre's, a row per account and day; a
   * customer's, its devices' rows.
   */
  private days(scope: ServiceLevelScope) {
    if (scope.serviceCentre) {
      const { account } = scope.serviceCentre;
      return {
        from: `${this.table(ServiceOrderAccountDay)} r`,
        where: account ? 'r.account_id = :account' : 'TRUE',
        params: { account },
        account: 'r.account_id',
      };
    }
    return {
      from: `${this.table(ServiceOrderDay)} r
        JOIN ${this.table(DeviceProjection)} d ON d.device_id = r.device_id`,
      where: scope.devices!.sql,
      params: scope.devices!.params,
      account: 'd.account_id',
    };
  }

  private today(): string {
    return DateTime.now().setZone(ZONE).toISODate()!;
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

const COUNT_KEYS = [
  'submitted',
  'finished',
  'due',
  'respondedOnTime',
  'respondedLate',
  'overdue',
] as const;

function zero(): Counts {
  return { submitted: 0, finished: 0, due: 0, respondedOnTime: 0, respondedLate: 0, overdue: 0 };
}

function compliance(
  c: Pick<Counts, 'respondedOnTime' | 'respondedLate' | 'overdue'>,
): number | null {
  const judged = c.respondedOnTime + c.respondedLate + c.overdue;
  return judged === 0 ? null : c.respondedOnTime / judged;
}

function nextDay(day: string): string {
  return DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;
}
