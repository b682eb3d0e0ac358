import { randomUUID } from 'node:crypto';
import { Brackets, In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import {
  anyOf,
  badUserInput,
  byKeys,
  MAX_PAGE_SIZE,
  fromGlobalId,
  groupByKeys,
  IdempotencyKeys,
  toGlobalId,
  unauthenticated,
  userError,
  type Principal,
  type RequestLoaders,
  type UserError,
} from '@portal/platform';
import { StockLocation } from '../entities/stock-location.entity';
import { StockLevel } from '../entities/stock-level.entity';
import { Shipment } from '../entities/shipment.entity';
import { TonerProduct } from '../entities/toner-product.entity';
import { DeviceProjection } from '../entities/device-projection.entity';
import { recordStockLocationEvent } from '../events';
import {
  assertMayAttempt,
  mayChange,
  maySeeDevice,
  maySeeLocation,
  permissionsOn,
} from './stock-access';
import {
  checkQuantity,
  checkStockLocation,
  MAX_COUNTS,
  normaliseSku,
  type StockCountInput,
  type StockLocationInput,
} from './stock-input';
import type { DeviceRef } from './references';

export interface StockLocationPayload {
  stockLocation: StockLocation | null;
  userErrors: UserError[];
}

const NO_LOCATION = { stockLocation: null };
const OPEN = ['CREATED', 'DISPATCHED'];

/** Stock locations and their levels, as the caller may see them; edits and stock counts. */
export class StockLocationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
    private readonly eventsRecorded: () => void,
  ) {}

  /** The stock locations the caller may see (of one account), by name; at most 100. */
  async list(accountGlobalId: string | null | undefined): Promise<StockLocation[]> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const query = this.visible();
    if (!query) return [];
    if (accountGlobalId !== null && accountGlobalId !== undefined) {
      const accountId = fromGlobalId('Account', accountGlobalId);
      if (!accountId) throw badUserInput('`accountId` is not an account id.');
      query.andWhere('l.account_id = :accountId', { accountId });
    }
    const rows = await query.orderBy('l.name').addOrderBy('l.id').limit(MAX_PAGE_SIZE).getMany();
    for (const row of rows) this.prime(row);
    return rows;
  }

  /** A stock location the caller may see, else null (never "exists but forbidden"). */
  async byId(globalId: string): Promise<StockLocation | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    return this.reference(globalId);
  }

  /** What the caller may do with the location, by the rules the mutations apply. */
  permissionsOn(location: StockLocation) {
    return permissionsOn(this.principal, location);
  }

  /** A stock location another subgraph refers to (a device's), batched per request. */
  async reference(globalId: string): Promise<StockLocation | null> {
    const id = fromGlobalId('StockLocation', globalId);
    if (!id || this.principal.isAnonymous) return null;
    const location = await this.load(id);
    return location && maySeeLocation(this.principal, location) ? location : null;
  }

  /** The account's stock locations the caller may see, by name (batched across accounts). */
  async ofAccount(accountGlobalId: string): Promise<StockLocation[]> {
    const accountId = fromGlobalId('Account', accountGlobalId);
    if (!accountId || this.principal.isAnonymous) return [];
    const rows = await this.loaders
      .get<string, StockLocation[]>('locations-of-account', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(StockLocation)
            .find({ where: { accountId: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } }),
          (l) => l.accountId,
        ),
      )
      .load(accountId);
    return rows.filter((l) => maySeeLocation(this.principal, l));
  }

  /**
   * A location by its local id, whoever asks: for rows the caller already may see (a
   * shipment's location, an alert's). Batched per request.
   */
  load(id: string): Promise<StockLocation | null> {
    return this.locationLoader().load(id);
  }

  private locationLoader() {
    return this.loaders.get<string, StockLocation | null>('stock-location', async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(StockLocation).findBy({ id: anyOf(ids) }),
        (l) => l.id,
      ),
    );
  }

  /** The location's levels by SKU, batched across locations. */
  levelsOf(location: StockLocation): Promise<StockLevel[]> {
    return this.levelsLoader().load(location.id);
  }

  /** Units of the level's toner outstanding in open shipments to its location, batched across locations. */
  async inShipment(level: StockLevel): Promise<number> {
    const open = await this.openShipmentsLoader().load(level.locationId);
    return open.get(level.sku) ?? 0;
  }

  private levelsLoader() {
    return this.loaders.get<string, StockLevel[]>('levels-of-location', async (ids) =>
      groupByKeys(
        ids,
        await this.dataSource
          .getRepository(StockLevel)
          .find({ where: { locationId: anyOf(ids) }, order: { sku: 'ASC' } }),
        (l) => l.locationId,
      ),
    );
  }

  private openShipmentsLoader() {
    return this.loaders.get<string, Map<string, number>>(
      'open-shipments-of-location',
      async (ids) => {
        const rows: { location_id: string; sku: string; units: string }[] = await this.dataSource
          .getRepository(Shipment)
          .createQueryBuilder('s')
          .select([
            's.location_id AS location_id',
            's.sku AS sku',
            'SUM(s.quantity - s.quantity_received) AS units',
          ])
          .where('s.location_id IN (:...ids) AND s.status IN (:...open)', { ids, open: OPEN })
          .groupBy('s.location_id')
          .addGroupBy('s.sku')
          .getRawMany();
        return ids.map(
          (id) =>
            new Map(rows.filter((r) => r.location_id === id).map((r) => [r.sku, Number(r.units)])),
        );
      },
    );
  }

  /** A toner product by SKU, batched; as the device events describe it. */
  async product(sku: string): Promise<TonerProduct> {
    const product = await this.loaders
      .get<string, TonerProduct | null>('toner-product', async (skus) =>
        byKeys(
          skus,
          await this.dataSource.getRepository(TonerProduct).findBy({ sku: anyOf(skus) }),
          (p) => p.sku,
        ),
      )
      .load(sku);
    // Only right after demo data is loaded, until the first device events arrive.
    return product ?? { sku, name: sku, colour: 'BLACK' };
  }

  /** The e-Maintenance devices linked to the location that the caller may see, by serial. */
  async devicesOf(location: StockLocation): Promise<DeviceRef[]> {
    const devices = await this.loaders
      .get<string, DeviceProjection[]>('devices-of-location', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(DeviceProjection)
            .createQueryBuilder('d')
            .where(`d.snapshot->>'stockLocationId' IN (:...ids)`, { ids })
            .andWhere(`d.status <> 'DECOMMISSIONED'`)
            .orderBy('d.serial_number')
            .getMany(),
          (d) => d.snapshot.stockLocationId!,
        ),
      )
      .load(location.id);
    return devices
      .filter((d) => maySeeDevice(this.principal, d.snapshot))
      .map((d) => ({ id: toGlobalId('Device', d.deviceId) }));
  }

  async create(
    input: StockLocationInput & { accountId: string; idempotencyKey?: string | null },
  ): Promise<StockLocationPayload> {
    assertMayAttempt(this.principal, 'stock-location:create');
    const checked = checkStockLocation(input, ['input'], { required: true });
    const accountId = fromGlobalId('Account', input.accountId);
    // The account's existence is identity's; toner can only check that the id is an account's.
    if (!accountId)
      checked.errors.unshift(
        userError('ACCOUNT_NOT_FOUND', ['input', 'accountId'], 'No such account.'),
      );
    if (checked.errors.length) return { ...NO_LOCATION, userErrors: checked.errors };
    const keys = new IdempotencyKeys(this.dataSource, this.principal);
    return keys.create<StockLocationPayload>('createStockLocation', input.idempotencyKey, input, {
      create: async (manager) => {
        const saved = await manager.save(
          manager.create(StockLocation, {
            id: randomUUID(),
            accountId: accountId!,
            name: checked.value.name!,
            shippingInstructions: checked.value.shippingInstructions ?? '',
            address: checked.value.address!,
            contactName: checked.value.contactName ?? null,
            revision: 1,
          }),
        );
        await recordStockLocationEvent(manager, 'StockLocationCreated', saved);
        return { created: saved.id };
      },
      answer: async (id) => {
        this.eventsRecorded();
        const location = await this.dataSource.getRepository(StockLocation).findOneByOrFail({ id });
        this.prime(location);
        return { stockLocation: location, userErrors: [] };
      },
      refuse: (code, message) => ({
        ...NO_LOCATION,
        userErrors: [userError(code, ['input', 'idempotencyKey'], message)],
      }),
    });
  }

  async update(globalId: string, input: StockLocationInput): Promise<StockLocationPayload> {
    assertMayAttempt(this.principal, 'stock-location:update');
    const id = fromGlobalId('StockLocation', globalId);
    if (!id) return notFound(['id']);
    const result = await this.dataSource.transaction(async (manager) => {
      const location = await manager.findOne(StockLocation, {
        where: { id },
        lock: { mode: 'for_no_key_update' },
      });
      if (!location || !mayChange(this.principal, 'stock-location:update', location))
        return { ...notFound(['id']), recorded: false };
      const checked = checkStockLocation(input, ['input'], { required: false });
      if (checked.errors.length)
        return { ...NO_LOCATION, userErrors: checked.errors, recorded: false };
      const changed = (Object.keys(checked.value) as (keyof typeof checked.value)[]).filter(
        (key) => checked.value[key] !== location[key],
      );
      if (!changed.length) return { stockLocation: location, userErrors: [], recorded: false };
      Object.assign(location, checked.value, { revision: location.revision + 1 });
      const saved = await manager.save(location);
      await recordStockLocationEvent(manager, 'StockLocationUpdated', saved);
      return { stockLocation: saved, userErrors: [], recorded: true };
    });
    if (result.recorded) this.eventsRecorded();
    if (result.stockLocation) this.prime(result.stockLocation);
    return { stockLocation: result.stockLocation, userErrors: result.userErrors };
  }

  /**
   * Sets the counted quantity on hand (and, when given, the minimum and target) of each product,
   * all or nothing. Levels are locked while counted, so an alert waits for the count or the
   * count for the alert; neither is lost half-way.
   */
  async recordCount(globalId: string, counts: StockCountInput[]): Promise<StockLocationPayload> {
    assertMayAttempt(this.principal, 'stock-level:count');
    const id = fromGlobalId('StockLocation', globalId);
    if (!id) return notFound(['stockLocationId']);
    const result = await this.dataSource.transaction(async (manager) => {
      const location = await manager.findOne(StockLocation, {
        where: { id },
        lock: { mode: 'for_no_key_update' },
      });
      if (!location || !mayChange(this.principal, 'stock-level:count', location))
        return notFound(['stockLocationId']);
      const errors: UserError[] = [];
      if (counts.length === 0 || counts.length > MAX_COUNTS) {
        errors.push(
          userError(
            'INVALID_INPUT',
            ['counts'],
            `Count 1 to ${MAX_COUNTS} toner products at a time.`,
          ),
        );
      }
      const skus = counts.map((c) => normaliseSku(c.sku));
      const known = new Set(
        (await manager.findBy(TonerProduct, { sku: In(skus) })).map((p) => p.sku),
      );
      const current = new Map(
        (
          await manager
            .getRepository(StockLevel)
            .createQueryBuilder('v')
            .where('v.location_id = :id', { id })
            .setLock('pessimistic_write')
            .getMany()
        ).map((v) => [v.sku, v]),
      );
      const now = new Date();
      const levels: StockLevel[] = [];
      counts.forEach((count, i) => {
        const judged = judgeCount(count, i, skus, known, current.get(skus[i]!));
        errors.push(...judged.problems);
        if (judged.levels) {
          levels.push(
            manager.create(StockLevel, {
              locationId: id,
              sku: skus[i]!,
              quantity: count.quantity,
              ...judged.levels,
              countedAt: now,
              countedBy: this.principal.actor,
            }),
          );
        }
      });
      if (errors.length) return { ...NO_LOCATION, userErrors: errors };
      await manager.save(levels);
      return { stockLocation: location, userErrors: [] };
    });
    if (result.stockLocation) this.forgetLevels();
    return result;
  }

  /** stock-access's maySeeLocation as SQL; null when the caller can see no location at all. */
  private visible(): SelectQueryBuilder<StockLocation> | null {
    const p = this.principal;
    const query = this.dataSource.getRepository(StockLocation).createQueryBuilder('l');
    // Every organisation's but partners' sandboxes: no part of the service centre's work.
    if (p.isStaff) return p.readsEveryOrganization ? query.where('NOT l.sandbox') : null;
    const admin = p.accountsWhere('ADMINISTRATOR');
    const stockManager = p.accountsWhere('STOCK_MANAGER');
    const conditions: [string, Record<string, unknown>][] = [];
    if (admin.length) conditions.push(['l.account_id IN (:...admin)', { admin }]);
    if (stockManager.length && p.claims.stockLocationIds.length) {
      conditions.push([
        '(l.id IN (:...assigned) AND l.account_id IN (:...stockManager))',
        { assigned: p.claims.stockLocationIds, stockManager },
      ]);
    }
    if (conditions.length === 0) return null;
    return query.where(
      new Brackets((q) => {
        for (const [sql, params] of conditions) q.orWhere(sql, params);
      }),
    );
  }

  /** Rows a list or change already has answer later look-ups of the same request. */
  private prime(location: StockLocation): void {
    this.locationLoader().clear(location.id).prime(location.id, location);
  }

  /** After a write: levels and open shipments are read afresh by the rest of the request. */
  forgetLevels(): void {
    this.levelsLoader().clearAll();
    this.openShipmentsLoader().clearAll();
  }
}

function notFound(field: string[]): StockLocationPayload {
  return {
    stockLocation: null,
    userErrors: [userError('NOT_FOUND', field, 'No such stock location.')],
  };
}

/**
 * One counted product (the i-th, its SKU normalised in `skus`) judged against the catalogue and
 * the level the location keeps of it: its problems, else the minimum and target to store (the
 * existing ones where the count gives none).
 */
function judgeCount(
  count: StockCountInput,
  i: number,
  skus: string[],
  known: Set<string>,
  existing: StockLevel | undefined,
): { problems: UserError[]; levels?: { minimumLevel: number; targetLevel: number } } {
  const at = (name: string) => ['counts', String(i), name];
  const sku = skus[i]!;
  const problems = [
    checkQuantity(count.quantity, at('quantity'), 'quantity'),
    checkQuantity(count.minimumLevel, at('minimumLevel'), 'minimum level'),
    checkQuantity(count.targetLevel, at('targetLevel'), 'target level'),
  ].filter((p): p is UserError => p !== null);
  if (!known.has(sku)) {
    problems.unshift(userError('UNKNOWN_TONER', at('sku'), `No toner product ${sku}.`));
  } else if (skus.indexOf(sku) !== i) {
    problems.unshift(userError('INVALID_INPUT', at('sku'), `${sku} is counted twice.`));
  }
  if (problems.length) return { problems };
  const minimumLevel = count.minimumLevel ?? existing?.minimumLevel;
  const targetLevel = count.targetLevel ?? existing?.targetLevel;
  if (minimumLevel === undefined || targetLevel === undefined) {
    const field = at(minimumLevel === undefined ? 'minimumLevel' : 'targetLevel');
    const message = `Give a minimum and a target level for ${sku}: the location does not keep it yet.`;
    return { problems: [userError('INVALID_INPUT', field, message)] };
  }
  if (targetLevel < minimumLevel) {
    const message = 'The target level is at least the minimum level.';
    return { problems: [userError('INVALID_INPUT', at('targetLevel'), message)] };
  }
  return { problems: [], levels: { minimumLevel, targetLevel } };
}
