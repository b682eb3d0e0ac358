import { Brackets, In, type DataSource } from 'typeorm';
import {
  badUserInput,
  byKeys,
  forbidden,
  groupByKeys,
  pageSize,
  decodeCursor,
  toConnection,
  toGlobalId,
  type Connection,
  type Principal,
  type RequestLoaders,
  type StaffRole,
} from '@portal/platform';
import { maySeeStockLocation } from '@portal/event-contracts';
import { User } from '../entities/user.entity';
import { RoleGrant } from '../entities/role-grant.entity';
import { DeviceAssignment } from '../entities/device-assignment.entity';
import { StockLocationAssignment } from '../entities/stock-location-assignment.entity';
import { StockLocationProjection } from '../entities/stock-location-projection.entity';
import {
  Organization as OrganizationEntity,
  type Organization,
} from '../entities/organization.entity';
import { Account } from '../entities/account.entity';
import { managesMember, mayBePrimaryContact } from './membership-access';

/** A role on an account, a user's or an API key's. */
export type Grant = Pick<RoleGrant, 'role' | 'accountId'>;

/** A device as identity knows it: a reference the devices subgraph resolves. */
export interface DeviceRef {
  id: string;
}

/** A stock location as identity knows it: a reference the toner subgraph resolves. */
export interface StockLocationRef {
  id: string;
}

/** Users, their grants and assignments, as the caller may see them. */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  async me(): Promise<User | null> {
    if (this.principal.claims.kind !== 'user' || !this.principal.claims.id) return null;
    return this.byId(this.principal.claims.id);
  }

  /** A user the caller may see (itself, its organisation's Administrators, staff), else null. */
  async byId(id: string): Promise<User | null> {
    const user = await this.load(id);
    return user && this.maySee(user) ? user : null;
  }

  /** Everyone in the organisation (and agents and planners) may know who its primary contact is. */
  async primaryContactOf(organization: Organization): Promise<User> {
    const member =
      this.principal.organizationId === organization.id || this.principal.readsEveryOrganization;
    // A technician sees organisations (it visits their sites), not their users' e-mails.
    if (!member && this.principal.isStaff) throw forbidden();
    const contact =
      member && organization.primaryContactId
        ? await this.load(organization.primaryContactId)
        : null;
    if (!contact) throw new Error(`organisation ${organization.id} has no primary contact`);
    return contact;
  }

  /** The organisation's users, for its Administrators, agents and planners. */
  async usersOf(
    organization: Organization,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<User>> {
    if (!this.isAdministratorOf(organization.id) && !this.principal.readsEveryOrganization)
      throw forbidden();
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.organization_id = :org', { org: organization.id });
    const totalCount = await query.getCount();
    if (cursor)
      query.andWhere('(lower(u.email), u.id) > (:email, :id)', { email: cursor[0], id: cursor[1] });
    const rows = await query
      .orderBy('lower(u.email)')
      .addOrderBy('u.id')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, (u) => [u.email.toLowerCase(), u.id], totalCount);
  }

  /**
   * Customers' users matching a text the caller heard on the phone: a name, an e-mail, the
   * organisation's name or a customer account number (never a partner's sandbox). Agents and
   * planners only.
   */
  async customerUsers(search: string): Promise<User[]> {
    this.principal.requireStaff('SERVICE_AGENT', 'SERVICE_PLANNER');
    const text = search.trim();
    if (text.length < 2 || text.length > 100)
      throw badUserInput('Search with 2 to 100 characters.');
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const accounts = this.dataSource.getRepository(Account).metadata.tablePath;
    const organizations = this.dataSource.getRepository(OrganizationEntity).metadata.tablePath;
    return (
      this.dataSource
        .getRepository(User)
        .createQueryBuilder('u')
        .where('u.staff_role IS NULL')
        // Partners' sandboxes are not customers the service centre serves.
        .andWhere(`u.organization_id NOT IN (SELECT o.id FROM ${organizations} o WHERE o.sandbox)`)
        .andWhere(
          new Brackets((q) =>
            q
              .where('u.name ILIKE :pattern', { pattern })
              .orWhere('u.email ILIKE :pattern')
              .orWhere(
                `u.organization_id IN (SELECT o.id FROM ${organizations} o WHERE o.name ILIKE :pattern)`,
              )
              .orWhere(
                `u.organization_id IN (SELECT a.organization_id FROM ${accounts} a
                 WHERE a.customer_account_number ILIKE :pattern)`,
              ),
          ),
        )
        .orderBy('u.name')
        .addOrderBy('u.id')
        .limit(50)
        .getMany()
    );
  }

  /** The service centre's active users, for staff (a planner assigns technicians). */
  async staffUsers(staffRole: StaffRole | null | undefined): Promise<User[]> {
    this.principal.requireStaff('SERVICE_AGENT', 'SERVICE_PLANNER');
    const query = this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.staff_role IS NOT NULL')
      .andWhere("u.status = 'ACTIVE'");
    if (staffRole) query.andWhere('u.staff_role = :staffRole', { staffRole });
    return query.orderBy('u.name').addOrderBy('u.id').limit(500).getMany();
  }

  /** What the caller may do to the user, by the rules MembershipService's mutations check. */
  async permissionsOn(user: User) {
    if (!managesMember(this.principal, user))
      return { grantRoles: false, disable: false, makePrimaryContact: false };
    const administrator = (await this.grantsOf(user)).some((g) => g.role === 'ADMINISTRATOR');
    return {
      grantRoles: true,
      disable: true,
      makePrimaryContact: mayBePrimaryContact(user, administrator),
    };
  }

  async grantsOf(user: User): Promise<RoleGrant[]> {
    return this.loaders
      .get<string, RoleGrant[]>('grants-of-user', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(RoleGrant).find({
            where: { userId: In([...ids]) },
            order: { accountId: 'ASC', role: 'ASC' },
          }),
          (g) => g.userId,
        ),
      )
      .load(user.id);
  }

  async assignedDevicesOf(user: User): Promise<DeviceRef[]> {
    const rows = await this.loaders
      .get<string, DeviceAssignment[]>('devices-of-user', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(DeviceAssignment).findBy({ userId: In([...ids]) }),
          (a) => a.userId,
        ),
      )
      .load(user.id);
    return rows.map((a) => ({ id: toGlobalId('Device', a.deviceId) }));
  }

  /**
   * The user's stock locations as Stock Manager, those the caller may see (toner's rule, on
   * the locations toner reported): the list never names a location toner would hide.
   */
  async assignedStockLocationsOf(user: User): Promise<StockLocationRef[]> {
    const rows = await this.loaders
      .get<string, StockLocationAssignment[]>('stock-locations-of-user', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(StockLocationAssignment)
            .findBy({ userId: In([...ids]) }),
          (a) => a.userId,
        ),
      )
      .load(user.id);
    const locations = await Promise.all(rows.map((a) => this.stockLocation(a.stockLocationId)));
    return locations
      .filter((l): l is StockLocationProjection => l !== null)
      .filter((l) => maySeeStockLocation(this.principal, { id: l.stockLocationId, ...l }))
      .map((l) => ({ id: toGlobalId('StockLocation', l.stockLocationId) }));
  }

  /** The stock location's Stock Managers, for callers who see the location; those it may see. */
  async managersOfStockLocation(stockLocationId: string): Promise<User[]> {
    const location = await this.stockLocation(stockLocationId);
    if (!location || !maySeeStockLocation(this.principal, { id: stockLocationId, ...location }))
      return [];
    const rows = await this.loaders
      .get<string, StockLocationAssignment[]>('users-of-stock-location', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource
            .getRepository(StockLocationAssignment)
            .findBy({ stockLocationId: In([...ids]) }),
          (a) => a.stockLocationId,
        ),
      )
      .load(stockLocationId);
    const users = await Promise.all(rows.map((a) => this.byId(a.userId)));
    return users.filter((u): u is User => u !== null).sort((a, b) => a.name.localeCompare(b.name));
  }

  private stockLocation(id: string): Promise<StockLocationProjection | null> {
    return this.loaders
      .get<string, StockLocationProjection | null>('stock-location', async (ids) =>
        byKeys(
          ids,
          await this.dataSource
            .getRepository(StockLocationProjection)
            .findBy({ stockLocationId: In([...ids]) }),
          (l) => l.stockLocationId,
        ),
      )
      .load(id);
  }

  /** The device's Device Managers that the caller may see. */
  async managersOf(deviceId: string): Promise<User[]> {
    const rows = await this.loaders
      .get<string, DeviceAssignment[]>('users-of-device', async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.getRepository(DeviceAssignment).findBy({ deviceId: In([...ids]) }),
          (a) => a.deviceId,
        ),
      )
      .load(deviceId);
    const users = await Promise.all(rows.map((a) => this.byId(a.userId)));
    return users.filter((u): u is User => u !== null);
  }

  private load(id: string): Promise<User | null> {
    return this.loaders
      .get<string, User | null>('user', async (ids) =>
        byKeys(
          ids,
          await this.dataSource.getRepository(User).findBy({ id: In([...ids]) }),
          (u) => u.id,
        ),
      )
      .load(id);
  }

  /** A user who just signed in within this request may read itself in the auth payload. */
  trustUser(userId: string): void {
    this.signedInUsers.add(userId);
  }
  private readonly signedInUsers = new Set<string>();

  private maySee(user: User): boolean {
    if (this.signedInUsers.has(user.id)) return true;
    if (this.principal.isAnonymous) return false;
    if (user.id === this.principal.claims.id) return true;
    // A technician knows its colleagues, not the customers' users (and their e-mails).
    if (this.principal.isStaff) return this.principal.readsEveryOrganization || !!user.staffRole;
    return user.organizationId !== null && this.isAdministratorOf(user.organizationId);
  }

  private isAdministratorOf(organizationId: string): boolean {
    return (
      this.principal.organizationId === organizationId &&
      this.principal.accountsWhere('ADMINISTRATOR').length > 0
    );
  }
}
