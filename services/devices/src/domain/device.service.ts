import {
  Brackets,
  In,
  type DataSource,
  type EntityManager,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  badUserInput,
  byKeys,
  decodeCursor,
  fromGlobalId,
  pageSize,
  toConnection,
  unauthenticated,
  type Connection,
  type DeviceStatus,
  type Principal,
  type RequestLoaders,
} from '@portal/platform';
import { Device, type DeviceLocation, type ServiceContract } from '../entities/device.entity';
import { DeviceModel } from '../entities/device-model.entity';
import { TonerProduct } from '../entities/toner-product.entity';
import { recordDeviceEvent } from '../events';

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

/** The device inventory, as the caller may see it. */
export class DeviceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  /** Devices the caller may see, by serial number (keyset-paginated). */
  async list(
    filter: DeviceFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Device>> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const size = pageSize(first);
    const cursor = decodeCursor(after, 1);
    const query = this.visible('d', { listing: true, statuses: filter?.status ?? null });
    if (!query) return toConnection([], size, () => [], 0);
    this.applyFilter(query, filter);
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('d.serial_number > :after', { after: cursor[0] });
    const rows = await query
      .orderBy('d.serial_number')
      .limit(size + 1)
      .getMany();
    for (const device of rows) this.prime(device);
    return toConnection(rows, size, (d) => [d.serialNumber], totalCount);
  }

  /** A device the caller may see, else null (never "exists but forbidden"). */
  async byId(globalId: string): Promise<Device | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const id = fromGlobalId('Device', globalId);
    if (!id) return null;
    const device = await this.load(id);
    return device && this.maySee(device, { listing: true }) ? device : null;
  }

  async bySerialNumber(serialNumber: string): Promise<Device | null> {
    if (this.principal.isAnonymous) throw unauthenticated();
    const device = await this.visible('d', { listing: true, statuses: null })
      ?.andWhere('d.serial_number = :serial', { serial: serialNumber.trim().toUpperCase() })
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
    return device && this.maySee(device, { listing: false }) ? device : null;
  }

  async modelOf(device: Device): Promise<DeviceModel> {
    const model = await this.loaders
      .get<string, DeviceModel | null>('model', async (ids) =>
        byKeys(
          ids,
          await this.dataSource.getRepository(DeviceModel).findBy({ id: In([...ids]) }),
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
        await this.dataSource.getRepository(TonerProduct).findBy({ sku: In([...skus]) }),
        (t) => t.sku,
      ),
    );
    const products = await loader.loadMany(model.tonerSkus);
    return products.filter((p): p is TonerProduct => p !== null && !(p instanceof Error));
  }

  private load(id: string): Promise<Device | null> {
    return this.loaders
      .get<string, Device | null>('device', async (ids) =>
        byKeys(
          ids,
          await this.dataSource.getRepository(Device).findBy({ id: In([...ids]) }),
          (d) => d.id,
        ),
      )
      .load(id);
  }

  /** Rows a list already fetched answer later look-ups of the same request. */
  private prime(device: Device): void {
    this.loaders
      .get<string, Device | null>('device', async (ids) => ids.map(() => null))
      .prime(device.id, device);
  }

  /** DOMAIN.md's visibility: Administrator all on its accounts; Device Manager its assigned
   * devices; Stock Manager devices linked to its stock locations; Self-Service none; staff all. */
  private maySee(device: Device, { listing }: { listing: boolean }): boolean {
    const p = this.principal;
    if (p.isAnonymous) return false;
    if (p.isStaff) return true;
    if (listing && device.status === 'DECOMMISSIONED') return false;
    return (
      p.hasRole(device.accountId, 'ADMINISTRATOR') ||
      (p.hasRole(device.accountId, 'DEVICE_MANAGER') && p.isAssignedDevice(device.id)) ||
      (p.hasRole(device.accountId, 'STOCK_MANAGER') &&
        device.stockLocationId !== null &&
        p.isAssignedStockLocation(device.stockLocationId))
    );
  }

  /** The same rule as SQL; null when the caller can see no device at all. */
  private visible(
    alias: string,
    { listing, statuses }: { listing: boolean; statuses: DeviceStatus[] | null },
  ): SelectQueryBuilder<Device> | null {
    const p = this.principal;
    const query = this.dataSource.getRepository(Device).createQueryBuilder(alias);
    if (statuses?.length) query.where(`${alias}.status IN (:...statuses)`, { statuses });
    if (p.isStaff) return query;
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

/** Writes a new device and its DeviceRegistered event in the caller's transaction. */
export async function registerDevice(
  manager: EntityManager,
  input: RegisterDeviceInput,
): Promise<Device> {
  const device = manager.create(Device, {
    ...input,
    id: input.id ?? crypto.randomUUID(),
    serialNumber: input.serialNumber.trim().toUpperCase(),
    status: 'ACTIVE',
    timeZone: input.timeZone ?? 'Europe/Copenhagen',
  });
  const saved = await manager.save(device);
  await recordDeviceEvent(manager, 'DeviceRegistered', saved);
  return saved;
}
