import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  anyOf,
  badUserInput,
  byKeys,
  decodeCursor,
  fromGlobalId,
  groupByKeys,
  pageSize,
  toConnection,
  toGlobalId,
  unauthenticated,
  type Connection,
  type Principal,
  type RequestLoaders,
  type UserError,
} from '@portal/platform';
import {
  OPEN_STATUSES,
  ServiceOrder,
  type ServiceOrderStatus,
  type ServiceOrderType,
} from '../entities/service-order.entity';
import { ServiceOrderEvent } from '../entities/service-order-event.entity';
import { DeviceProjection } from '../entities/device-projection.entity';
import {
  mayCreateOrderOn,
  maySeeOrdersOf,
  type CreatableDevice,
  onlyAssignedTechnician,
  permissionsOn,
} from './service-order-access';

/** A device as this subgraph refers to it (global id); the device itself is the devices subgraph's. */
export interface DeviceRef {
  id: string;
}

/** A user reference identity resolves (global id). */
export interface UserRef {
  __typename: 'User';
  id: string;
}

export interface CreateServiceOrderInput {
  deviceId: string;
  type: ServiceOrderType;
  description: string;
  errorCode?: string | null;
  contactName: string;
  contactPhone: string;
  contactEmail?: string | null;
  /** Optional: a retry with the same key and input replays the first answer. */
  idempotencyKey?: string | null;
}

export interface ServiceOrderFilter {
  status?: ServiceOrderStatus[] | null;
  deviceId?: string | null;
  accountId?: string | null;
  overdue?: boolean | null;
  technicianId?: string | null;
  search?: string | null;
}

export interface ServiceOrderPayload {
  serviceOrder: ServiceOrder | null;
  userErrors: UserError[];
}

/**
 * The SQL twin of responseOverdue(): late response, or due and still missing. Never NULL (so
 * NOT works), and written as the service_order_overdue index's condition plus the due time,
 * so PostgreSQL can prove the index applies.
 */
const OVERDUE_SQL = `((o.responded_at IS NOT NULL AND o.responded_at > o.response_due_at)
  OR (o.responded_at IS NULL AND o.status <> 'CANCELLED' AND o.response_due_at < :now))`;

/** OPEN_STATUSES as SQL constants: the service_order_open index applies to them. */
const OPEN_SQL = `o.status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** A list cursor: the time the list sorts by and the order's sequence, checked before use. */
function orderCursor(after: string | null | undefined): { at: string; seq: string } | null {
  const values = decodeCursor(after, 2);
  if (!values) return null;
  const [at, seq] = values.map(String) as [string, string];
  if (Number.isNaN(Date.parse(at)) || !/^\d{1,18}$/.test(seq))
    throw badUserInput('`after` is not a cursor from this list.');
  return { at, seq };
}

/** SO-000123 */
export function orderNumber(order: Pick<ServiceOrder, 'sequence'>): string {
  return `SO-${String(order.sequence).padStart(6, '0')}`;
}

/**
 * Whether the response is late at `now`: it came after the due time, or it is due and still
 * missing. A cancelled order without response is no longer waiting for one.
 */
export function responseOverdue(
  order: Pick<ServiceOrder, 'respondedAt' | 'responseDueAt' | 'status'>,
  now: Date,
): boolean {
  if (order.respondedAt) return order.respondedAt.getTime() > order.responseDueAt.getTime();
  return order.status !== 'CANCELLED' && now.getTime() > order.responseDueAt.getTime();
}

/**
 * Service orders as the caller may see them: lists, look-ups, a device's orders, each order's
 * history and what the caller may do to it. Creating and moving orders is ServiceOrderWorkflow's.
 */
export class ServiceOrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  /**
   * The orders the caller may see: staff by response due time (the queue), customers newest
   * first; keyset-paginated.
   */
  async list(
    filter: ServiceOrderFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ServiceOrder>> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const size = pageSize(first);
    const cursor = orderCursor(after);
    const query = this.visibleOrders();
    if (!query) return toConnection([], size, () => [], 0);
    this.applyFilter(query, filter);
    // count(*), not TypeORM's COUNT(DISTINCT id): the join is to at most one projection row,
    // and the distinct count sorts every matching order.
    const counted = await query.clone().select('count(*)', 'count').getRawOne<{ count: string }>();
    const totalCount = Number(counted?.count ?? 0);
    const queue = this.principal.isStaff;
    if (cursor) {
      query.andWhere(
        queue
          ? '(o.response_due_at, o.sequence) > (CAST(:cursorAt AS timestamptz), CAST(:cursorSeq AS bigint))'
          : '(o.submitted_at, o.sequence) < (CAST(:cursorAt AS timestamptz), CAST(:cursorSeq AS bigint))',
        { cursorAt: cursor.at, cursorSeq: cursor.seq },
      );
    }
    const rows = await (
      queue
        ? query.orderBy('o.response_due_at', 'ASC').addOrderBy('o.sequence', 'ASC')
        : query.orderBy('o.submitted_at', 'DESC').addOrderBy('o.sequence', 'DESC')
    )
      .limit(size + 1)
      .getMany();
    for (const order of rows) this.prime(order);
    return toConnection(
      rows,
      size,
      (o) => [(queue ? o.responseDueAt : o.submittedAt).toISOString(), o.sequence],
      totalCount,
    );
  }

  /** An order the caller may see, else null (never "exists but forbidden"); batched. */
  async byId(globalId: string): Promise<ServiceOrder | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    return this.reference(globalId);
  }

  /** An order another subgraph refers to; null when the caller may not see it. */
  async reference(globalId: string): Promise<ServiceOrder | null> {
    const id = fromGlobalId('ServiceOrder', globalId);
    if (!id || this.principal.isAnonymous) return null;
    const order = await this.orderLoader().load(id);
    if (!order || !this.mayWorkOn(order)) return null;
    return maySeeOrdersOf(this.principal, await this.deviceLoader().load(order.deviceId))
      ? order
      : null;
  }

  /** A device's orders (newest first) as the caller may see them; batched over devices. */
  async forDevice(
    device: DeviceRef,
    status: ServiceOrderStatus[] | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ServiceOrder>> {
    const size = pageSize(first);
    const cursor = orderCursor(after);
    const deviceId = fromGlobalId('Device', device.id);
    if (!deviceId || this.principal.isAnonymous) return toConnection([], size, () => [], 0);
    const statuses = status?.length ? [...new Set(status)].sort() : null;
    const loader = this.loaders.get<string, { rows: ServiceOrder[]; totalCount: number }>(
      `device-orders:${JSON.stringify([statuses, size, cursor])}`,
      (ids) => this.loadDeviceOrders(ids, statuses, size, cursor),
    );
    const { rows, totalCount } = await loader.load(deviceId);
    return toConnection(rows, size, (o) => [o.submittedAt.toISOString(), o.sequence], totalCount);
  }

  /** Whether the caller may create an order on the device now, as createServiceOrder judges it. */
  async mayCreateFor(device: DeviceRef): Promise<boolean> {
    const deviceId = fromGlobalId('Device', device.id);
    if (!deviceId) return false;
    return mayCreateOrderOn(this.principal, await this.deviceLoader().load(deviceId));
  }

  /** Orders of the device not yet resolved, closed or cancelled; batched over devices. */
  async openCountFor(device: DeviceRef): Promise<number> {
    const deviceId = fromGlobalId('Device', device.id);
    if (!deviceId || this.principal.isAnonymous) return 0;
    return this.loaders
      .get<string, number>('open-order-count', async (ids) => {
        const visible = await this.visibleDeviceIds(ids);
        if (visible.length === 0) return ids.map(() => 0);
        const counts: { device_id: string; count: string }[] = await this.orders()
          .createQueryBuilder('o')
          .select('o.device_id', 'device_id')
          .addSelect('count(*)', 'count')
          .where('o.device_id = ANY(:visible)', { visible })
          .andWhere(OPEN_SQL)
          .andWhere('(CAST(:technician AS uuid) IS NULL OR o.technician_id = :technician)', {
            technician: this.assignedTechnicianScope(),
          })
          .groupBy('o.device_id')
          .getRawMany();
        const byDevice = new Map(counts.map((c) => [c.device_id, Number(c.count)]));
        return ids.map((id) => byDevice.get(id) ?? 0);
      })
      .load(deviceId);
  }

  /** The order's history, oldest first; internal notes only for staff. Batched over orders. */
  async historyOf(order: ServiceOrder): Promise<ServiceOrderEvent[]> {
    return this.loaders
      .get<string, ServiceOrderEvent[]>('history', async (ids) => {
        const query = this.dataSource
          .getRepository(ServiceOrderEvent)
          .createQueryBuilder('e')
          .where('e.order_id = ANY(:ids)', { ids: [...ids] });
        if (!this.principal.isStaff) query.andWhere('e.internal = false');
        const rows = await query.orderBy('e.id').getMany();
        return groupByKeys(ids, rows, (e) => e.orderId);
      })
      .load(order.id);
  }

  /** Staff see the person (identity resolves it); customers read technicianName. */
  technicianOf(order: ServiceOrder): UserRef | null {
    if (!this.principal.isStaff || !order.technicianId) return null;
    return { __typename: 'User', id: toGlobalId('User', order.technicianId) };
  }

  responseOverdue(order: ServiceOrder): boolean {
    return responseOverdue(order, new Date());
  }

  /** What the caller may do to the order now, by the rules the mutations apply. */
  permissionsOn(order: ServiceOrder) {
    return permissionsOn(this.principal, order);
  }

  /**
   * docs/domain.md: a technician's work is the orders assigned to it; any other order it neither
   * sees nor acts on ("not found"). Every other caller: as its other rules decide.
   */
  mayWorkOn(order: Pick<ServiceOrder, 'technicianId'>): boolean {
    return (
      !onlyAssignedTechnician(this.principal) || order.technicianId === this.principal.claims.id
    );
  }

  /** The technician whose assigned orders are all the caller sees, if it is one. */
  private assignedTechnicianScope(): string | null {
    return onlyAssignedTechnician(this.principal) ? this.principal.claims.id : null;
  }

  /** The order as it is now (after a write), bypassing this request's loaders. */
  async fresh(id: string): Promise<ServiceOrder> {
    const order = await this.orders().findOneByOrFail({ id });
    this.orderLoader().clear(id).prime(id, order);
    return order;
  }

  private orders() {
    return this.dataSource.getRepository(ServiceOrder);
  }

  private orderLoader() {
    return this.loaders.get<string, ServiceOrder | null>('order', async (ids) =>
      byKeys(ids, await this.orders().findBy({ id: anyOf(ids) }), (o) => o.id),
    );
  }

  /** What visibility and creation need of a device: its account and status, not the snapshot. */
  private deviceLoader() {
    return this.loaders.get<string, CreatableDevice | null>('device', async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(DeviceProjection).find({
          select: { deviceId: true, accountId: true, status: true },
          where: { deviceId: anyOf(ids) },
        }),
        (d) => d.deviceId,
      ),
    );
  }

  private prime(order: ServiceOrder): void {
    this.orderLoader().prime(order.id, order);
  }

  /** The devices among `ids` whose orders the caller may see. */
  private async visibleDeviceIds(ids: readonly string[]): Promise<string[]> {
    if (this.principal.isStaff) return [...ids];
    const devices = await this.deviceLoader().loadMany(ids);
    return ids.filter((_id, index) => {
      const device = devices[index];
      return !(device instanceof Error) && maySeeOrdersOf(this.principal, device ?? null);
    });
  }

  /** One page of orders per device for a batch of devices: three statements however many. */
  private async loadDeviceOrders(
    ids: readonly string[],
    statuses: ServiceOrderStatus[] | null,
    size: number,
    cursor: { at: string; seq: string } | null,
  ): Promise<{ rows: ServiceOrder[]; totalCount: number }[]> {
    const visible = await this.visibleDeviceIds(ids);
    if (visible.length === 0) return ids.map(() => ({ rows: [], totalCount: 0 }));
    const table = this.orders().metadata.tablePath;
    const params: Record<string, unknown> = { visible, limit: size + 1 };
    let where = 's.device_id = ANY(:visible)';
    const technician = this.assignedTechnicianScope();
    if (technician) {
      where += ' AND s.technician_id = :technician';
      params.technician = technician;
    }
    if (statuses) {
      where += ' AND s.status IN (:...statuses)';
      params.statuses = statuses;
    }
    const counts: { device_id: string; count: string }[] = await this.orders()
      .createQueryBuilder('s')
      .select('s.device_id', 'device_id')
      .addSelect('count(*)', 'count')
      .where(where, params)
      .groupBy('s.device_id')
      .getRawMany();
    if (cursor) {
      where +=
        ' AND (s.submitted_at, s.sequence) < (CAST(:cursorAt AS timestamptz), CAST(:cursorSeq AS bigint))';
      params.cursorAt = cursor.at;
      params.cursorSeq = cursor.seq;
    }
    const rows = await this.orders()
      .createQueryBuilder('o')
      .where(
        `o.id IN (SELECT r.id FROM (SELECT s.id, row_number() OVER (PARTITION BY s.device_id
           ORDER BY s.submitted_at DESC, s.sequence DESC) AS n FROM ${table} s WHERE ${where}) r
         WHERE r.n <= :limit)`,
        params,
      )
      .orderBy('o.submitted_at', 'DESC')
      .addOrderBy('o.sequence', 'DESC')
      .getMany();
    for (const order of rows) this.prime(order);
    const byDevice = groupByKeys(ids, rows, (o) => o.deviceId);
    const totals = new Map(counts.map((c) => [c.device_id, Number(c.count)]));
    return ids.map((id, index) => ({ rows: byDevice[index]!, totalCount: totals.get(id) ?? 0 }));
  }

  /**
   * The same visibility as maySeeOrdersOf, as SQL over the order and its device's projection;
   * null when the caller can see no order at all.
   */
  private visibleOrders(): SelectQueryBuilder<ServiceOrder> | null {
    const p = this.principal;
    const query = this.orders().createQueryBuilder('o');
    const technician = this.assignedTechnicianScope();
    if (technician) return query.where('o.technician_id = :technician', { technician });
    // Staff see every order but partners' sandboxes': without the join the overdue count reads
    // its index alone.
    if (p.isStaff) return query.where('NOT o.sandbox');
    withDevice(query);
    const admin = p.accountsWhere('ADMINISTRATOR');
    const deviceManager = p.accountsWhere('DEVICE_MANAGER');
    const conditions: [string, Record<string, unknown>][] = [];
    if (admin.length) conditions.push(['d.account_id IN (:...admin)', { admin }]);
    if (deviceManager.length && p.claims.deviceIds.length) {
      conditions.push([
        '(o.device_id IN (:...assigned) AND d.account_id IN (:...deviceManager))',
        { assigned: p.claims.deviceIds, deviceManager },
      ]);
    }
    if (conditions.length === 0) return null;
    return query.where(
      new Brackets((q) => {
        for (const [sql, params] of conditions) q.orWhere(sql, params);
      }),
    );
  }

  private applyFilter(
    query: SelectQueryBuilder<ServiceOrder>,
    filter: ServiceOrderFilter | null | undefined,
  ): void {
    if (!filter) return;
    if (filter.status?.length)
      query.andWhere('o.status IN (:...statuses)', { statuses: filter.status });
    if (filter.deviceId !== null && filter.deviceId !== undefined) {
      const deviceId = fromGlobalId('Device', filter.deviceId);
      if (!deviceId) throw badUserInput('`deviceId` is not a device id.');
      query.andWhere('o.device_id = :deviceId', { deviceId });
    }
    if (filter.accountId !== null && filter.accountId !== undefined) {
      const accountId = fromGlobalId('Account', filter.accountId);
      if (!accountId) throw badUserInput('`accountId` is not an account id.');
      withDevice(query).andWhere('d.account_id = :accountId', { accountId });
    }
    if (typeof filter.overdue === 'boolean') {
      query.andWhere(filter.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, { now: new Date() });
    }
    if (filter.technicianId !== null && filter.technicianId !== undefined) {
      const technicianId = fromGlobalId('User', filter.technicianId);
      if (!technicianId) throw badUserInput('`technicianId` is not a user id.');
      query.andWhere('o.technician_id = :technicianId', { technicianId });
    }
    if (filter.search !== null && filter.search !== undefined)
      this.applySearch(query, filter.search);
  }

  /** What a caller quotes on the phone: the order number, words of the problem, a serial. */
  private applySearch(query: SelectQueryBuilder<ServiceOrder>, search: string): void {
    const text = search.trim();
    if (!text || text.length > 100) throw badUserInput('`search` has 1 to 100 characters.');
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const number = /^(?:SO-?)?0*(\d{1,15})$/i.exec(text)?.[1];
    withDevice(query).andWhere(
      new Brackets((q) => {
        q.where('o.description ILIKE :pattern', { pattern })
          .orWhere('o.error_code ILIKE :pattern')
          .orWhere('d.serial_number ILIKE :pattern');
        if (number) q.orWhere('o.sequence = :number', { number });
      }),
    );
  }
}

/** Joins the order's device projection as `d`, once. */
function withDevice(query: SelectQueryBuilder<ServiceOrder>): SelectQueryBuilder<ServiceOrder> {
  if (!query.expressionMap.aliases.some((alias) => alias.name === 'd'))
    query.leftJoin(DeviceProjection, 'd', 'd.device_id = o.device_id');
  return query;
}
