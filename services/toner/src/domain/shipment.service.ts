import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  badUserInput,
  byKeys,
  decodeCursor,
  fromGlobalId,
  groupByKeys,
  pageSize,
  toConnection,
  unauthenticated,
  userError,
  type Connection,
  type Principal,
  type RequestLoaders,
  type UserError,
} from '@portal/platform';
import { type ShipmentEventType, type ShipmentStatus } from '@portal/event-contracts';
import { Shipment } from '../entities/shipment.entity';
import { ShipmentReceipt } from '../entities/shipment-receipt.entity';
import { ShipmentStatusChange } from '../entities/shipment-status-change.entity';
import { StockLevel } from '../entities/stock-level.entity';
import { StockLocation } from '../entities/stock-location.entity';
import { recordShipmentEvent } from '../events';
import { assertMayAttempt, mayChange, maySeeLocation, type StockAction } from './stock-access';
import type { StockLocationService } from './stock-location.service';
import { refreshShipmentMonths } from './shipment-rollup';

export interface ShipmentPayload {
  shipment: Shipment | null;
  userErrors: UserError[];
}

export interface DispatchInput {
  carrier: string;
  trackingNumber: string;
}

/** How long a delivery confirmation can be taken back: a mistyped quantity is seen at once. */
export const UNDO_WINDOW_MS = 5 * 60 * 1000;

/** Until when a delivery can be taken back; null once undone or too late. */
export function undoableUntil(receipt: ShipmentReceipt, now = Date.now()): Date | null {
  const until = receipt.at.getTime() + UNDO_WINDOW_MS;
  return receipt.undoneAt || until < now ? null : new Date(until);
}

export interface ShipmentFilter {
  status?: ShipmentStatus[] | null;
  stockLocationId?: string | null;
}

/** Who did it, as a shipment's history shows it. */
export interface Actor {
  by: string;
  byName: string | null;
}

export const actorOf = (principal: Principal): Actor => ({
  by: principal.actor,
  byName: principal.claims.name,
});

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Shipments, newest first, as the caller may see them; dispatch and delivery. */
export class ShipmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
    private readonly locations: StockLocationService,
    private readonly eventsRecorded: () => void,
  ) {}

  /** Shipments of the locations the caller may see, keyset-paginated newest first. */
  async list(
    filter: ShipmentFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Shipment>> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const size = pageSize(first);
    const cursor = this.cursor(after);
    const query = this.dataSource.getRepository(Shipment).createQueryBuilder('s');
    if (filter?.stockLocationId !== null && filter?.stockLocationId !== undefined) {
      const locationId = fromGlobalId('StockLocation', filter.stockLocationId);
      if (!locationId) throw badUserInput('`stockLocationId` is not a stock location id.');
      query.andWhere('s.location_id = :locationId', { locationId });
    }
    if (filter?.status?.length)
      query.andWhere('s.status IN (:...status)', { status: filter.status });
    if (!this.principal.readsEveryOrganization) {
      const visible = await this.visibleLocationIds();
      if (!visible.length) return toConnection([], size, () => [], 0);
      query.andWhere('s.location_id IN (:...visible)', { visible });
    } else {
      // The service centre's dispatch queue: never a partner sandbox's requests.
      const locations = this.dataSource.getRepository(StockLocation).metadata.tablePath;
      query.andWhere(`s.location_id NOT IN (SELECT l.id FROM ${locations} l WHERE l.sandbox)`);
    }
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(s.created_at, s.id) < (:createdAt, :id)', cursor);
    const rows = await query
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (s) => [s.createdAt.toISOString(), s.id], totalCount);
  }

  /**
   * The location's shipments, newest first, batched across the locations of a request (one
   * statement for the pages, one for the counts).
   */
  async ofLocation(
    location: StockLocation,
    status: ShipmentStatus[] | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Shipment>> {
    const size = pageSize(first);
    const cursor = this.cursor(after);
    const statuses = status?.length ? [...status].sort() : null;
    const key = JSON.stringify([statuses, size, cursor]);
    const { rows, count } = await this.loaders
      .get<string, { rows: Shipment[]; count: number }>(`shipments-of-location:${key}`, (ids) =>
        this.pagesOf(ids, statuses, size, cursor),
      )
      .load(location.id);
    return toConnection(rows, size, (s) => [s.createdAt.toISOString(), s.id], count);
  }

  /** A shipment the caller may see, else null. */
  async byId(globalId: string): Promise<Shipment | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    return this.reference(globalId);
  }

  async reference(globalId: string): Promise<Shipment | null> {
    const id = fromGlobalId('Shipment', globalId);
    if (!id || this.principal.isAnonymous) return null;
    return this.visibleById(id);
  }

  /** By local id, if the caller may see its location (an alert's shipment). */
  async visibleById(id: string): Promise<Shipment | null> {
    const shipment = await this.shipmentLoader().load(id);
    if (!shipment) return null;
    const location = await this.locations.load(shipment.locationId);
    return location && maySeeLocation(this.principal, location) ? shipment : null;
  }

  /** The shipment's location: the caller may see it, since it may see the shipment. */
  async locationOf(shipment: Shipment): Promise<StockLocation> {
    const location = await this.locations.load(shipment.locationId);
    if (!location) throw new Error(`shipment ${shipment.id} without location`);
    return location;
  }

  historyOf(shipment: Shipment): Promise<ShipmentStatusChange[]> {
    return this.loaders
      .get<string, ShipmentStatusChange[]>('history-of-shipment', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(ShipmentStatusChange)
            .find({ where: { shipmentId: In([...ids]) }, order: { at: 'ASC' } }),
          (c) => c.shipmentId,
        ),
      )
      .load(shipment.id);
  }

  /** Staff sent it on its way: CREATED -> DISPATCHED, with the carrier's tracking when given. */
  dispatch(globalId: string, input: DispatchInput | null | undefined): Promise<ShipmentPayload> {
    const tracking = input ? checkTracking(input) : { carrier: null, trackingNumber: null };
    if (Array.isArray(tracking)) return Promise.resolve({ shipment: null, userErrors: tracking });
    return this.change('shipment:dispatch', globalId, async (shipment, manager, now) => {
      if (shipment.status !== 'CREATED') return invalidTransition(shipment.status, 'dispatch');
      Object.assign(shipment, { status: 'DISPATCHED', dispatchedAt: now, ...tracking });
      await manager.save(shipment);
      return 'ShipmentDispatched';
    });
  }

  /**
   * Units arrived: they are added to the location's stock; the shipment is DELIVERED once all
   * have, and stays DISPATCHED with the rest outstanding after a short delivery.
   */
  confirmDelivered(
    globalId: string,
    quantityReceived: number | null | undefined,
  ): Promise<ShipmentPayload> {
    return this.change('shipment:confirm-delivery', globalId, async (shipment, manager, now) => {
      if (shipment.status !== 'DISPATCHED') return invalidTransition(shipment.status, 'deliver');
      const outstanding = shipment.quantity - shipment.quantityReceived;
      const units = quantityReceived ?? outstanding;
      if (!Number.isInteger(units) || units < 1)
        return [
          userError('INVALID_INPUT', ['quantityReceived'], 'Enter the units received: 1 or more.'),
        ];
      if (units > outstanding)
        return [
          userError(
            'MORE_THAN_OUTSTANDING',
            ['quantityReceived'],
            `Only ${outstanding} units are outstanding.`,
          ),
        ];
      shipment.quantityReceived += units;
      const complete = shipment.quantityReceived === shipment.quantity;
      if (complete) Object.assign(shipment, { status: 'DELIVERED', deliveredAt: now });
      await manager.save(shipment);
      await manager.insert(ShipmentReceipt, {
        id: randomUUID(),
        shipmentId: shipment.id,
        quantity: units,
        at: now,
        ...actorOf(this.principal),
      });
      await this.adjustStock(manager, shipment, units);
      return complete ? 'ShipmentDelivered' : 'ShipmentPartlyDelivered';
    });
  }

  /** Takes back the latest delivery within UNDO_WINDOW_MS of it: a mistyped quantity. */
  undoDelivery(globalId: string): Promise<ShipmentPayload> {
    return this.change('shipment:confirm-delivery', globalId, async (shipment, manager, now) => {
      const latest = await manager.findOne(ShipmentReceipt, {
        where: { shipmentId: shipment.id, undoneAt: IsNull() },
        order: { at: 'DESC' },
      });
      if (!latest)
        return [userError('NOTHING_TO_UNDO', ['id'], 'No delivery of this shipment to undo.')];
      if (now.getTime() - latest.at.getTime() > UNDO_WINDOW_MS)
        return [userError('UNDO_EXPIRED', ['id'], 'A delivery can be undone for 5 minutes only.')];
      await manager.update(ShipmentReceipt, { id: latest.id }, { undoneAt: now });
      if (shipment.status === 'DELIVERED') {
        await manager.delete(ShipmentStatusChange, {
          shipmentId: shipment.id,
          status: 'DELIVERED',
        });
      }
      Object.assign(shipment, {
        status: 'DISPATCHED',
        deliveredAt: null,
        quantityReceived: shipment.quantityReceived - latest.quantity,
      });
      await manager.save(shipment);
      await this.adjustStock(manager, shipment, -latest.quantity);
      return 'ShipmentDeliveryUndone';
    });
  }

  /** Staff approved a supply order by hand: REQUESTED -> CREATED (then it is sent). */
  approve(globalId: string): Promise<ShipmentPayload> {
    return this.change('shipment:approve', globalId, async (shipment, manager) => {
      if (shipment.status !== 'REQUESTED') return invalidTransition(shipment.status, 'approve');
      shipment.status = 'CREATED';
      await manager.save(shipment);
      return 'ShipmentCreated';
    });
  }

  /** Staff declined a supply order by hand, telling the requester why. */
  decline(globalId: string, reason: string): Promise<ShipmentPayload> {
    const text = reason.trim();
    if (!text || text.length > 500 || /[^\P{Cc}\t\n\r]/u.test(text)) {
      return Promise.resolve({
        shipment: null,
        userErrors: [
          userError(
            'INVALID_INPUT',
            ['reason'],
            'Explain the decision in 1 to 500 characters without control characters.',
          ),
        ],
      });
    }
    return this.change('shipment:approve', globalId, async (shipment, manager) => {
      if (shipment.status !== 'REQUESTED') return invalidTransition(shipment.status, 'decline');
      Object.assign(shipment, { status: 'DECLINED', declineReason: text });
      await manager.save(shipment);
      return 'ShipmentDeclined';
    });
  }

  /** The shipment's deliveries, oldest first, batched across the shipments of a request. */
  receiptsOf(shipment: Shipment): Promise<ShipmentReceipt[]> {
    return this.receiptsLoader().load(shipment.id);
  }

  private receiptsLoader() {
    return this.loaders.get<string, ShipmentReceipt[]>('receipts-of-shipment', async (ids) =>
      groupByKeys(
        ids,
        await this.dataSource
          .getRepository(ShipmentReceipt)
          .find({ where: { shipmentId: In([...ids]) }, order: { at: 'ASC' } }),
        (r) => r.shipmentId,
      ),
    );
  }

  /** Units on hand change with a delivery (never below 0 when one is taken back). */
  private async adjustStock(manager: EntityManager, shipment: Shipment, units: number) {
    // A level is only ever missing if the location never kept the toner: keep it from now.
    await manager.query(
      `INSERT INTO ${manager.getRepository(StockLevel).metadata.tablePath}
         (location_id, sku, quantity, minimum_level, target_level) VALUES ($1, $2, GREATEST($3, 0), 0, 0)
       ON CONFLICT (location_id, sku) DO UPDATE
         SET quantity = GREATEST(stock_level.quantity + $3, 0)`,
      [shipment.locationId, shipment.sku, units],
    );
  }

  /**
   * A status change: authorises (a shipment the caller may not change is "not found"), then
   * applies it with the shipment row locked, and writes its history row (when the status moved
   * forward) and event in the same transaction.
   */
  private async change(
    action: StockAction,
    globalId: string,
    apply: (
      shipment: Shipment,
      manager: EntityManager,
      now: Date,
    ) => Promise<ShipmentEventType | UserError[]>,
  ): Promise<ShipmentPayload> {
    assertMayAttempt(this.principal, action);
    const id = fromGlobalId('Shipment', globalId);
    if (!id) return notFound();
    const result = await this.dataSource.transaction(async (manager) => {
      const shipment = await manager.findOne(Shipment, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const location = shipment
        ? await manager.findOneBy(StockLocation, { id: shipment.locationId })
        : null;
      if (!shipment || !location || !mayChange(this.principal, action, location))
        return { ...notFound(), recorded: false };
      const before = shipment.status;
      const now = new Date();
      shipment.revision += 1;
      const outcome = await apply(shipment, manager, now);
      if (Array.isArray(outcome)) return { shipment: null, userErrors: outcome, recorded: false };
      if (shipment.status !== before && outcome !== 'ShipmentDeliveryUndone') {
        await manager.insert(ShipmentStatusChange, {
          shipmentId: shipment.id,
          status: shipment.status,
          at: now,
          ...actorOf(this.principal),
        });
      }
      await refreshShipmentMonths(manager, shipment);
      await recordShipmentEvent(manager, outcome, shipment, location.accountId);
      return { shipment, userErrors: [], recorded: true };
    });
    if (result.recorded) {
      this.eventsRecorded();
      this.shipmentLoader().clear(result.shipment!.id).prime(result.shipment!.id, result.shipment!);
      this.receiptsLoader().clear(result.shipment!.id);
      this.locations.forgetLevels();
    }
    return { shipment: result.shipment, userErrors: result.userErrors };
  }

  private shipmentLoader() {
    return this.loaders.get<string, Shipment | null>('shipment', async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(Shipment).findBy({ id: In([...ids]) }),
        (s) => s.id,
      ),
    );
  }

  private async pagesOf(
    ids: readonly string[],
    statuses: string[] | null,
    size: number,
    cursor: { createdAt: string; id: string } | null,
  ): Promise<{ rows: Shipment[]; count: number }[]> {
    const repository = this.dataSource.getRepository(Shipment);
    const table = repository.metadata.tablePath;
    const where = (alias: string, query: SelectQueryBuilder<Shipment>) => {
      query.where(`${alias}.location_id IN (:...ids)`, { ids: [...ids] });
      if (statuses) query.andWhere(`${alias}.status IN (:...statuses)`, { statuses });
      return query;
    };
    const counts: { location_id: string; count: string }[] = await where(
      's',
      repository.createQueryBuilder('s'),
    )
      .select(['s.location_id AS location_id', 'COUNT(*) AS count'])
      .groupBy('s.location_id')
      .getRawMany();
    const rows = await repository
      .createQueryBuilder('s')
      .where(
        `s.id IN (SELECT r.id FROM (SELECT x.id, row_number() OVER (PARTITION BY x.location_id
           ORDER BY x.created_at DESC, x.id DESC) AS n FROM ${table} x
           WHERE x.location_id IN (:...ids)
           ${statuses ? 'AND x.status IN (:...statuses)' : ''}
           ${cursor ? 'AND (x.created_at, x.id) < (:createdAt, :id)' : ''}) r WHERE r.n <= :limit)`,
        { ids: [...ids], statuses, ...cursor, limit: size + 1 },
      )
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .getMany();
    const pages = groupByKeys(ids, rows, (s) => s.locationId);
    return ids.map((id, i) => ({
      rows: pages[i]!,
      count: Number(counts.find((c) => c.location_id === id)?.count ?? 0),
    }));
  }

  private cursor(after: string | null | undefined): { createdAt: string; id: string } | null {
    const values = decodeCursor(after, 2);
    if (!values) return null;
    const [createdAt, id] = values;
    if (
      typeof createdAt !== 'string' ||
      !ISO_TIMESTAMP.test(createdAt) ||
      typeof id !== 'string' ||
      !/^[0-9a-f-]{36}$/.test(id)
    ) {
      throw badUserInput('`after` is not a cursor from this list.');
    }
    return { createdAt, id };
  }

  /** The ids of the locations a customer may see (assignments and administered accounts). */
  private async visibleLocationIds(): Promise<string[]> {
    const p = this.principal;
    const admin = p.accountsWhere('ADMINISTRATOR');
    const stockManager = p.accountsWhere('STOCK_MANAGER');
    if (!admin.length && !(stockManager.length && p.claims.stockLocationIds.length)) return [];
    const candidates = await this.dataSource.getRepository(StockLocation).find({
      select: { id: true, accountId: true },
      where: [
        ...(admin.length ? [{ accountId: In(admin) }] : []),
        ...(stockManager.length && p.claims.stockLocationIds.length
          ? [{ id: In(p.claims.stockLocationIds), accountId: In(stockManager) }]
          : []),
      ],
    });
    return candidates.filter((l) => maySeeLocation(p, l)).map((l) => l.id);
  }
}

function notFound(): ShipmentPayload {
  return { shipment: null, userErrors: [userError('NOT_FOUND', ['id'], 'No such shipment.')] };
}

const TRANSITION_REFUSALS: Record<ShipmentStatus, string> = {
  REQUESTED: 'The shipment is a request the service centre has not approved yet.',
  CREATED: 'The shipment has not been dispatched yet.',
  DISPATCHED: 'The shipment is already dispatched.',
  DELIVERED: 'The shipment is already delivered.',
  DECLINED: 'The request was declined.',
};

function invalidTransition(
  status: ShipmentStatus,
  step: 'approve' | 'decline' | 'dispatch' | 'deliver',
): UserError[] {
  const message =
    (step === 'approve' || step === 'decline') && status !== 'DECLINED'
      ? 'Only a request waiting for approval can be approved or declined.'
      : TRANSITION_REFUSALS[status];
  return [userError('INVALID_TRANSITION', ['id'], message)];
}

/** The carrier and tracking number of a dispatch, trimmed, or the problems on their fields. */
function checkTracking(
  input: DispatchInput,
): Pick<Shipment, 'carrier' | 'trackingNumber'> | UserError[] {
  const errors: UserError[] = [];
  const check = (key: 'carrier' | 'trackingNumber', label: string) => {
    const value = input[key].trim();
    if (!value || value.length > 100 || /\p{Cc}/u.test(value))
      errors.push(
        userError('INVALID_INPUT', ['input', key], `Enter the ${label} (1 to 100 characters).`),
      );
    return value;
  };
  const carrier = check('carrier', 'carrier');
  const trackingNumber = check('trackingNumber', 'tracking number');
  return errors.length ? errors : { carrier, trackingNumber };
}
