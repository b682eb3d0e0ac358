import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  badUserInput,
  byKeys,
  decodeCursor,
  fromGlobalId,
  groupByKeys,
  pageSize,
  toConnection,
  unauthenticated,
  type Connection,
  type Principal,
  type RequestLoaders,
  anyOf,
  toGlobalId,
} from '@portal/platform';
import { type DeviceStatus, maySeeStockLocation } from '@portal/event-contracts';
import { Device, type DeviceLocation, type ServiceContract } from '../entities/device.entity';
import { DeviceModel } from '../entities/device-model.entity';
import { TonerProduct } from '../entities/toner-product.entity';
import { DeviceLocationChange } from '../entities/device-location-change.entity';
import { DeviceChange } from '../entities/device-change.entity';
import { assignedTechnician, maySee, permissionsOn } from './device-access';
import { TechnicianAssignmentProjection } from '../entities/technician-assignment-projection.entity';
import { AccountProjection } from '../entities/account-projection.entity';
import { recordDeviceChange, systemActor, type Actor } from './device-history';
import { normaliseSerial } from './device-input';

/** An account as devices knows it: a reference identity resolves (global id). */
export interface AccountRef {
  id: string;
}

export interface DeviceFilter {
  search?: string | null;
  accountId?: string | null;
  status?: DeviceStatus[] | null;
  eMaintenance?: boolean | null;
}

export type DeviceOrder = 'SERIAL_NUMBER' | 'INSTALLED_AT';

/** Lists leave decommissioned devices out unless staff ask for them. */
const LISTED_BY_DEFAULT: DeviceStatus[] = ['ACTIVE', 'REMOVAL_REQUESTED'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The device inventory, as the caller may see it. */
export class DeviceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  /**
   * Devices the caller may see, keyset-paginated: by serial number, or by install date then
   * serial number. The cursor holds the sort key of the last row, so rows inserted or removed
   * meanwhile never make a page repeat or skip another row.
   */
  async list(
    filter: DeviceFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    orderBy: DeviceOrder | null | undefined,
  ): Promise<Connection<Device>> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const size = pageSize(first);
    const order = orderBy ?? 'SERIAL_NUMBER';
    const cursor = decodeCursor(after, order === 'SERIAL_NUMBER' ? 1 : 2);
    const statuses = filter?.status?.length ? filter.status : LISTED_BY_DEFAULT;
    const query = this.visible('d', { listing: true, statuses });
    if (!query) return toConnection([], size, () => [], 0);
    this.applyFilter(query, filter);
    const totalCount = await query.getCount();
    if (order === 'SERIAL_NUMBER') {
      if (cursor) query.andWhere('d.serial_number > :after', { after: String(cursor[0]) });
      query.orderBy('d.serial_number');
    } else {
      if (cursor) {
        const [installedAt, serial] = cursor;
        if (
          typeof installedAt !== 'string' ||
          !ISO_DATE.test(installedAt) ||
          Number.isNaN(Date.parse(installedAt))
        ) {
          throw badUserInput('`after` is not a cursor from this list.');
        }
        query.andWhere('(d.installed_at, d.serial_number) > (:installedAt, :serial)', {
          installedAt,
          serial: String(serial),
        });
      }
      query.orderBy('d.installed_at').addOrderBy('d.serial_number');
    }
    const rows = await query.limit(size + 1).getMany();
    for (const device of rows) this.prime(device);
    return toConnection(
      rows,
      size,
      (d) => (order === 'SERIAL_NUMBER' ? [d.serialNumber] : [d.installedAt, d.serialNumber]),
      totalCount,
    );
  }

  /**
   * The devices an export of the list holds (the list's filter and visibility), by serial
   * number; null when the caller sees none.
   */
  exportQuery(filter: DeviceFilter | null | undefined): SelectQueryBuilder<Device> | null {
    if (this.principal.isAnonymous) throw unauthenticated();
    const statuses = filter?.status?.length ? filter.status : LISTED_BY_DEFAULT;
    const query = this.visible('d', { listing: true, statuses });
    if (!query) return null;
    this.applyFilter(query, filter);
    return query.orderBy('d.serial_number');
  }

  /** A device the caller may see, else null (never "exists but forbidden"). */
  async byId(globalId: string): Promise<Device | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const id = fromGlobalId('Device', globalId);
    if (!id) return null;
    const device = await this.load(id);
    return device && maySee(this.principal, device, true) && (await this.inTechniciansWork(device))
      ? device
      : null;
  }

  async bySerialNumber(serialNumber: string): Promise<Device | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const device = await this.visible('d', { listing: true, statuses: null })
      ?.andWhere('d.serial_number = :serial', { serial: normaliseSerial(serialNumber) })
      .getOne();
    return device ?? null;
  }

  /**
   * A device another subgraph refers to (a service order's, a reading's): decommissioned
   * devices stay readable there, as history.
   */
  async reference(globalId: string): Promise<Device | null> {
    const id = fromGlobalId('Device', globalId);
    if (!id || this.principal.isAnonymous) return null;
    const device = await this.load(id);
    return device && maySee(this.principal, device, false) && (await this.inTechniciansWork(device))
      ? device
      : null;
  }

  /**
   * docs/domain.md: a technician's work is the orders assigned to it, so it sees their devices and
   * no other; true for every other caller (maySee decides). One statement per request.
   */
  private async inTechniciansWork(device: Device): Promise<boolean> {
    const technician = assignedTechnician(this.principal);
    if (!technician) return true;
    this.techniciansDevices ??= this.dataSource
      .getRepository(TechnicianAssignmentProjection)
      .find({ select: { deviceId: true }, where: { technicianId: technician } })
      .then((rows) => new Set(rows.map((r) => r.deviceId)));
    return (await this.techniciansDevices).has(device.id);
  }
  private techniciansDevices?: Promise<Set<string>>;

  /** What the caller may do to the device, by the rules the mutations apply. */
  permissionsOn(device: Device) {
    return permissionsOn(this.principal, device);
  }

  /**
   * The device's stock location when the caller may see it (toner's rule, shared through the
   * platform; a device links only to a location of its own account), else null: no reference
   * to something the caller may not see leaves this subgraph, whichever gateway resolves it.
   */
  stockLocationOf(device: Device): { id: string } | null {
    const id = device.stockLocationId;
    if (!id || !maySeeStockLocation(this.principal, { id, accountId: device.accountId }))
      return null;
    return { id: toGlobalId('StockLocation', id) };
  }

  async modelOf(device: Device): Promise<DeviceModel> {
    const model = await this.loaders
      .get<string, DeviceModel | null>('model', async (ids) =>
        byKeys(
          ids,
          await this.dataSource.getRepository(DeviceModel).findBy({ id: anyOf(ids) }),
          (m) => m.id,
        ),
      )
      .load(device.modelId);
    if (!model) throw new Error(`device ${device.id} has no model ${device.modelId}`);
    return model;
  }

  async tonerProductsOf(model: DeviceModel): Promise<TonerProduct[]> {
    const loader = this.loaders.get<string, TonerProduct | null>('toner', async (skus) =>
      byKeys(
        skus,
        await this.dataSource.getRepository(TonerProduct).findBy({ sku: anyOf(skus) }),
        (t) => t.sku,
      ),
    );
    const products = await loader.loadMany(model.tonerSkus);
    return products.filter((p): p is TonerProduct => p !== null && !(p instanceof Error));
  }

  /** The newest `first` locations of the device (newest first), batched across devices. */
  locationHistoryOf(
    device: Device,
    first: number | null | undefined,
  ): Promise<DeviceLocationChange[]> {
    const limit = pageSize(first);
    return this.loaders
      .get<string, DeviceLocationChange[]>(`location-history:${limit}`, (ids) =>
        this.newestPerDevice(DeviceLocationChange, ids, limit, null),
      )
      .load(device.id);
  }

  /** Registration and status changes of the device (newest first), batched across devices. */
  statusHistoryOf(device: Device, first: number | null | undefined): Promise<DeviceChange[]> {
    const limit = pageSize(first);
    return this.loaders
      .get<string, DeviceChange[]>(`status-history:${limit}`, (ids) =>
        this.newestPerDevice(DeviceChange, ids, limit, 'to_status IS NOT NULL'),
      )
      .load(device.id);
  }

  /** The model catalogue by name, for every signed-in caller (staff pick from it). */
  async models(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<DeviceModel>> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const query = this.dataSource.getRepository(DeviceModel).createQueryBuilder('m');
    const totalCount = await query.getCount();
    if (cursor) query.where('m.name > :after', { after: String(cursor[0]) });
    const rows = await query
      .orderBy('m.name')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (m) => [m.name], totalCount);
  }

  /** Rows a change just wrote answer the rest of the request (the payload's device). */
  remember(device: Device): void {
    this.prime(device);
  }

  private async newestPerDevice<T extends DeviceLocationChange | DeviceChange>(
    entity: new () => T,
    ids: readonly string[],
    limit: number,
    condition: string | null,
  ): Promise<T[][]> {
    const repository = this.dataSource.getRepository(entity);
    const table = repository.metadata.tablePath;
    const rows = await repository
      .createQueryBuilder('h')
      .where(
        `h.id IN (SELECT r.id FROM (SELECT x.id, row_number() OVER (PARTITION BY x.device_id
           ORDER BY x.revision DESC) AS n FROM ${table} x WHERE x.device_id IN (:...ids)
           ${condition ? `AND x.${condition}` : ''}) r WHERE r.n <= :limit)`,
        { ids: [...ids], limit },
      )
      .orderBy('h.revision', 'DESC')
      .getMany();
    return groupByKeys(ids, rows, (row) => row.deviceId);
  }

  private load(id: string): Promise<Device | null> {
    return this.deviceLoader().load(id);
  }

  /** Rows a list already fetched answer later look-ups of the same request. */
  private prime(device: Device): void {
    this.deviceLoader().clear(device.id).prime(device.id, device);
  }

  // One batch function for loading and priming: whichever comes first creates the loader.
  private deviceLoader() {
    return this.loaders.get<string, Device | null>('device', async (ids) =>
      byKeys(
        ids,
        await this.dataSource.getRepository(Device).findBy({ id: anyOf(ids) }),
        (d) => d.id,
      ),
    );
  }

  /** device-access's maySee as SQL; null when the caller can see no device at all. */
  private visible(
    alias: string,
    { listing, statuses }: { listing: boolean; statuses: DeviceStatus[] | null },
  ): SelectQueryBuilder<Device> | null {
    const p = this.principal;
    const query = this.dataSource.getRepository(Device).createQueryBuilder(alias);
    if (statuses?.length) query.where(`${alias}.status IN (:...statuses)`, { statuses });
    const technician = assignedTechnician(p);
    if (technician) {
      const assignments = this.dataSource.getRepository(TechnicianAssignmentProjection).metadata;
      return query.andWhere(
        `${alias}.id IN (SELECT a.device_id FROM ${assignments.tablePath} a WHERE a.technician_id = :technician)`,
        { technician },
      );
    }
    if (p.isStaff) {
      // Partners' sandboxes are not the service centre's work: out of its lists.
      const accounts = this.dataSource.getRepository(AccountProjection).metadata.tablePath;
      if (listing)
        query.andWhere(
          `${alias}.account_id NOT IN (SELECT s.account_id FROM ${accounts} s WHERE s.sandbox)`,
        );
      return query;
    }
    if (listing) query.andWhere(`${alias}.status <> 'DECOMMISSIONED'`);
    const admin = p.accountsWhere('ADMINISTRATOR');
    const deviceManager = p.accountsWhere('DEVICE_MANAGER');
    const stockManager = p.accountsWhere('STOCK_MANAGER');
    const conditions: [string, Record<string, unknown>][] = [];
    if (admin.length) conditions.push([`${alias}.account_id IN (:...admin)`, { admin }]);
    if (deviceManager.length && p.claims.deviceIds.length) {
      conditions.push([
        `(${alias}.id IN (:...assigned) AND ${alias}.account_id IN (:...deviceManager))`,
        { assigned: p.claims.deviceIds, deviceManager },
      ]);
    }
    if (stockManager.length && p.claims.stockLocationIds.length) {
      conditions.push([
        `(${alias}.stock_location_id IN (:...locations) AND ${alias}.account_id IN (:...stockManager))`,
        { locations: p.claims.stockLocationIds, stockManager },
      ]);
    }
    if (conditions.length === 0) return null;
    return query.andWhere(
      new Brackets((q) => {
        for (const [sql, params] of conditions) q.orWhere(sql, params);
      }),
    );
  }

  private applyFilter(
    query: SelectQueryBuilder<Device>,
    filter: DeviceFilter | null | undefined,
  ): void {
    if (!filter) return;
    if (filter.accountId !== null && filter.accountId !== undefined) {
      const accountId = fromGlobalId('Account', filter.accountId);
      if (!accountId) throw badUserInput('`accountId` is not an account id.');
      query.andWhere('d.account_id = :accountId', { accountId });
    }
    if (typeof filter.eMaintenance === 'boolean') {
      query.andWhere('d.e_maintenance = :eMaintenance', { eMaintenance: filter.eMaintenance });
    }
    const search = filter.search?.trim();
    if (search) {
      if (search.length > 100) throw badUserInput('Search for at most 100 characters.');
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q
            .where('d.serial_number ILIKE :pattern', { pattern })
            .orWhere(
              `d.model_id IN (SELECT m.id FROM ${this.dataSource.getRepository(DeviceModel).metadata.tablePath} m WHERE m.name ILIKE :pattern)`,
            )
            .orWhere(
              `concat_ws(' ', d.location_address, d.location_building, d.location_floor, d.location_room, d.location_note) ILIKE :pattern`,
            ),
        ),
      );
    }
  }
}

export interface RegisterDeviceInput {
  id?: string;
  serialNumber: string;
  modelId: string;
  accountId: string;
  location: DeviceLocation;
  installedAt: string;
  contract: ServiceContract;
  eMaintenance: boolean;
  stockLocationId: string | null;
  timeZone?: string;
}

/**
 * Writes a new device, its first location and status history rows and its DeviceRegistered
 * event in the caller's transaction. Checks nothing: DeviceChangeService.register validates
 * what a person enters; demo data and tests call this directly.
 */
export async function registerDevice(
  manager: EntityManager,
  input: RegisterDeviceInput,
  actor: Actor = systemActor('devices'),
): Promise<Device> {
  const device = manager.create(Device, {
    ...input,
    id: input.id ?? crypto.randomUUID(),
    serialNumber: normaliseSerial(input.serialNumber),
    status: 'ACTIVE',
    removalReason: null,
    timeZone: input.timeZone ?? 'Europe/Copenhagen',
  });
  const saved = await manager.save(device);
  await recordDeviceChange(manager, saved, { type: 'DeviceRegistered' }, actor);
  return saved;
}
