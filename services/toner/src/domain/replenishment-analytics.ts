import type { DataSource } from 'typeorm';
import { badUserInput, fromGlobalId, type Principal } from '@portal/platform';
import { StockLocation } from '../entities/stock-location.entity';
import { ShipmentMonth } from '../entities/shipment-month.entity';

export const MAX_MONTHS = 36;

/** The locations and months a question covers, authorised and validated. */
export interface ReplenishmentScope {
  /** YYYY-MM-01 */
  from: string;
  to: string;
  /** SQL over the stock_location alias `l` with named parameters; null: no location. */
  locations: { sql: string; params: Record<string, unknown> } | null;
}

interface Units {
  shipments: number;
  unitsOrdered: number;
  unitsDelivered: number;
}

export interface MonthUnits extends Units {
  month: string;
}

export interface LocationUnits extends Units {
  stockLocation: StockLocation;
}

const SUMS = `sum(m.shipments)::int AS "shipments", sum(m.units_ordered)::int AS "unitsOrdered",
  sum(m.units_delivered)::int AS "unitsDelivered"`;

/** Replenishment volume and toner consumed per location: reads of shipment_month only. */
export class ReplenishmentAnalytics {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  scope(from: string, to: string, accountId?: string | null): ReplenishmentScope {
    this.principal.requireSignedIn();
    if (to < from) throw badUserInput('`to` is before `from`.');
    const first = `${from.slice(0, 7)}-01`;
    const last = `${to.slice(0, 7)}-01`;
    if (monthIndex(last) - monthIndex(first) >= MAX_MONTHS)
      throw badUserInput(`Ask for at most ${MAX_MONTHS} months at a time.`);
    let locations = this.visibleLocations();
    if (locations && accountId !== null && accountId !== undefined) {
      const account = fromGlobalId('Account', accountId);
      locations = account
        ? {
            sql: `${locations.sql} AND l.account_id = :account`,
            params: { ...locations.params, account },
          }
        : null;
    }
    return { from: first, to: last, locations };
  }

  async months(scope: ReplenishmentScope): Promise<MonthUnits[]> {
    const months: string[] = [];
    for (let i = monthIndex(scope.from); i <= monthIndex(scope.to); i++) months.push(monthOf(i));
    const rows: MonthUnits[] = scope.locations
      ? await this.query(
          `SELECT m.month::text AS month, ${SUMS}
             FROM ${this.table(ShipmentMonth)} m
             JOIN ${this.table(StockLocation)} l ON l.id = m.location_id
            WHERE ${scope.locations.sql} AND m.month BETWEEN :from::date AND :to::date
            GROUP BY m.month`,
          { ...scope.locations.params, from: scope.from, to: scope.to },
        )
      : [];
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return months.map(
      (month) => byMonth.get(month) ?? { month, shipments: 0, unitsOrdered: 0, unitsDelivered: 0 },
    );
  }

  async locations(scope: ReplenishmentScope, first?: number | null) {
    if (!scope.locations) return [];
    const rows: (Units & { location_id: string })[] = await this.query(
      `SELECT m.location_id, ${SUMS}
         FROM ${this.table(ShipmentMonth)} m
         JOIN ${this.table(StockLocation)} l ON l.id = m.location_id
        WHERE ${scope.locations.sql} AND m.month BETWEEN :from::date AND :to::date
        GROUP BY m.location_id
        ORDER BY sum(m.units_delivered) DESC, sum(m.units_ordered) DESC, m.location_id
        LIMIT :first`,
      {
        ...scope.locations.params,
        from: scope.from,
        to: scope.to,
        first: Math.min(Math.max(first ?? 50, 0), 200),
      },
    );
    const found = await this.dataSource
      .getRepository(StockLocation)
      .findBy(rows.map((r) => ({ id: r.location_id })));
    const byId = new Map(found.map((l) => [l.id, l]));
    return rows.map(({ location_id, ...units }) => ({
      stockLocation: byId.get(location_id)!,
      ...units,
    }));
  }

  /** stock-access's maySeeLocation as SQL; Device Managers and technicians see no stock. */
  private visibleLocations(): ReplenishmentScope['locations'] {
    const p = this.principal;
    // Every organisation's but partners' sandboxes.
    if (p.isStaff) return p.readsEveryOrganization ? { sql: 'NOT l.sandbox', params: {} } : null;
    const admin = p.accountsWhere('ADMINISTRATOR');
    const stockManager = p.accountsWhere('STOCK_MANAGER');
    const assigned = p.claims.stockLocationIds;
    const conditions: string[] = [];
    if (admin.length) conditions.push('l.account_id IN (:...admin)');
    if (stockManager.length && assigned.length)
      conditions.push('(l.id IN (:...assigned) AND l.account_id IN (:...stockManager))');
    return conditions.length
      ? { sql: `(${conditions.join(' OR ')})`, params: { admin, stockManager, assigned } }
      : null;
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

const monthIndex = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
