import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  forbidden,
  IdempotencyKeys,
  queueMail,
  fromGlobalId,
  refused,
  userError,
  type CustomerRole,
  type Principal,
  type UserError,
} from '@portal/platform';
import { User } from '../entities/user.entity';
import { Organization } from '../entities/organization.entity';
import { RoleGrant } from '../entities/role-grant.entity';
import { Account } from '../entities/account.entity';
import { DeviceAssignment } from '../entities/device-assignment.entity';
import { StockLocationAssignment } from '../entities/stock-location-assignment.entity';
import { DeviceProjection } from '../entities/device-projection.entity';
import { StockLocationProjection } from '../entities/stock-location-projection.entity';
import { Session } from '../entities/session.entity';
import { issueEmailToken } from './email-tokens';
import { invitationMail } from './mail-texts';
import { audit } from './audit';
import { recordStaffMemberEvent } from '../events';
import { notifyUser } from './notify';
import { administeredOrganization, mayBePrimaryContact } from './membership-access';
import {
  emailProblem,
  isUniqueViolation,
  languageOf,
  nameProblem,
  normaliseEmail,
} from './validation';

export interface UserPayload {
  user: User | null;
  userErrors: UserError[];
}

export interface GrantInput {
  role: CustomerRole;
  accountId: string;
}

export interface InviteUserInput {
  email: string;
  name: string;
  grants: GrantInput[];
  deviceIds?: string[] | null;
  stockLocationIds?: string[] | null;
  language?: string | null;
  /** Replays the first answer to a retry with the same key and input. */
  idempotencyKey?: string | null;
}

/** A create with an optional idempotency key (the key is not part of the judged input). */
export interface Idempotent {
  operation: 'inviteUser' | 'createStaffUser';
  key: string | null | undefined;
  input: object;
}

/** A refusal inside a transaction: rolls it back and becomes the payload's userErrors. */
export class Refusal extends Error {
  constructor(readonly problems: UserError[]) {
    super(problems[0]?.message);
  }
}
export const refuse = (code: string, field: string[] | null, message: string) =>
  new Refusal([userError(code, field, message)]);
export const USER_NOT_FOUND = () => refuse('NOT_FOUND', ['userId'], 'No such user.');

/** Changes to users, each in one transaction that a Refusal rolls back (and optionally keyed). */
export abstract class UserChanges {
  constructor(
    protected readonly dataSource: DataSource,
    protected readonly principal: Principal,
    protected readonly afterCommit: () => void,
  ) {}

  /**
   * One transaction; a Refusal rolls it back. With an idempotency key the transaction also
   * stores the created user's id under the key, and a retry is answered with that user.
   */
  protected async run(
    work: (manager: EntityManager) => Promise<User>,
    idempotent?: Idempotent,
  ): Promise<UserPayload> {
    try {
      if (idempotent && idempotent.key !== null && idempotent.key !== undefined) {
        const keys = new IdempotencyKeys(this.dataSource, this.principal);
        return await keys.create<UserPayload>(
          idempotent.operation,
          idempotent.key,
          idempotent.input,
          {
            // A Refusal thrown here rolls the whole transaction back, key included.
            create: async (manager) => ({ created: (await work(manager)).id }),
            answer: async (id) => {
              this.afterCommit();
              const user = await this.dataSource.getRepository(User).findOneByOrFail({ id });
              return { user, userErrors: [] };
            },
            refuse: (code, message) => ({
              user: null,
              userErrors: [userError(code, ['input', 'idempotencyKey'], message)],
            }),
          },
        );
      }
      const user = await this.dataSource.transaction(work);
      this.afterCommit();
      return { user, userErrors: [] };
    } catch (error) {
      if (error instanceof Refusal) return { user: null, userErrors: error.problems };
      if (isUniqueViolation(error))
        return refused('EMAIL_TAKEN', ['email'], 'A user with this e-mail exists already.', {
          user: null,
        });
      throw error;
    }
  }

  /** A new user's e-mail (normalised) must not be any user's yet, in any organisation. */
  protected async refuseTakenEmail(manager: EntityManager, email: string): Promise<void> {
    const taken = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email })
      .getExists();
    if (taken)
      throw refuse('EMAIL_TAKEN', ['input', 'email'], 'A user with this e-mail exists already.');
  }
}

/**
 * Who belongs to an organisation and what each may do: invitations, grants, assignments,
 * primary contact, disabling. Administrators act on their own organisation and accounts only;
 * an API key never manages users. The service centre's own users are StaffUserService's.
 */
export class MembershipService extends UserChanges {
  inviteUser(input: InviteUserInput): Promise<UserPayload> {
    const idempotent = { operation: 'inviteUser', key: input.idempotencyKey, input } as const;
    return this.change(async (manager, organizationId) => {
      const email = normaliseEmail(input.email);
      const language = languageOf(input.language);
      const problems = [
        emailProblem(input.email, ['input', 'email']),
        nameProblem(input.name, ['input', 'name']),
        language ? null : userError('INVALID_INPUT', ['input', 'language'], 'Choose da or en.'),
        input.grants.length
          ? null
          : userError('INVALID_INPUT', ['input', 'grants'], 'Give the user at least one role.'),
      ].filter((p): p is UserError => p !== null);
      if (problems.length) throw new Refusal(problems);
      input.grants.forEach((g, i) =>
        this.administeredAccount(g.accountId, ['input', 'grants', String(i), 'accountId']),
      );
      const grants = input.grants.map((g) => ({
        role: g.role,
        accountId: fromGlobalId('Account', g.accountId)!,
      }));
      await this.refuseTakenEmail(manager, email);
      const user = await manager.save(User, {
        id: randomUUID(),
        organizationId,
        email,
        name: input.name.trim(),
        passwordHash: null,
        status: 'PENDING_CONFIRMATION',
        staffRole: null,
        language: language!,
        emailConfirmedAt: null,
      });
      await manager.insert(
        RoleGrant,
        grants.map((g) => ({ ...g, userId: user.id })),
      );
      await this.assignDevicesIn(manager, user, input.deviceIds ?? [], ['input', 'deviceIds']);
      await this.assignStockLocationsIn(manager, user, input.stockLocationIds ?? [], [
        'input',
        'stockLocationIds',
      ]);
      const token = await issueEmailToken(manager, user, 'INVITATION');
      await queueMail(
        manager,
        user.email,
        invitationMail(user.language, user.name, this.principal.claims.name ?? 'Canon', token),
      );
      await audit(
        manager,
        this.principal,
        'user.invited',
        { userId: user.id, organizationId },
        { grants },
      );
      return user;
    }, idempotent);
  }

  grantRole(userId: string, grant: GrantInput): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const accountId = this.administeredAccount(grant.accountId, ['grant', 'accountId']);
      const user = await this.member(manager, userId, organizationId);
      const added = await manager
        .createQueryBuilder()
        .insert()
        .into(RoleGrant)
        .values({ userId: user.id, accountId, role: grant.role })
        .orIgnore()
        .returning('user_id')
        .execute();
      if ((added.raw as unknown[]).length)
        await roleChanged(manager, user.id, accountId, grant.role, 'GRANTED');
      await audit(
        manager,
        this.principal,
        'role.granted',
        { userId: user.id, organizationId },
        { accountId, role: grant.role },
      );
      return user;
    });
  }

  revokeRole(userId: string, grant: GrantInput): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const accountId = this.administeredAccount(grant.accountId, ['grant', 'accountId']);
      const user = await this.member(manager, userId, organizationId);
      const removed = await manager.delete(RoleGrant, {
        userId: user.id,
        accountId,
        role: grant.role,
      });
      if (removed.affected) await roleChanged(manager, user.id, accountId, grant.role, 'REVOKED');
      if (grant.role === 'ADMINISTRATOR')
        await this.keepAdministrators(manager, organizationId, user.id, [accountId]);
      // Assignments only mean something with the role on the device's or location's account.
      if (grant.role === 'DEVICE_MANAGER') {
        const devices = await manager.findBy(DeviceProjection, { accountId });
        if (devices.length) {
          await manager.delete(DeviceAssignment, {
            userId: user.id,
            deviceId: In(devices.map((d) => d.deviceId)),
          });
        }
      }
      if (grant.role === 'STOCK_MANAGER') {
        const locations = await manager.findBy(StockLocationProjection, { accountId });
        if (locations.length) {
          await manager.delete(StockLocationAssignment, {
            userId: user.id,
            stockLocationId: In(locations.map((l) => l.stockLocationId)),
          });
        }
      }
      await audit(
        manager,
        this.principal,
        'role.revoked',
        { userId: user.id, organizationId },
        { accountId, role: grant.role },
      );
      return user;
    });
  }

  assignDevices(userId: string, deviceIds: string[]): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      await this.assignDevicesIn(manager, user, deviceIds, ['deviceIds']);
      await audit(
        manager,
        this.principal,
        'devices.assigned',
        { userId: user.id, organizationId },
        { deviceIds },
      );
      return user;
    });
  }

  unassignDevices(userId: string, deviceIds: string[]): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      const devices = await this.administeredDevices(manager, deviceIds, ['deviceIds']);
      if (devices.length)
        await manager.delete(DeviceAssignment, { userId: user.id, deviceId: In(devices) });
      await audit(
        manager,
        this.principal,
        'devices.unassigned',
        { userId: user.id, organizationId },
        { deviceIds },
      );
      return user;
    });
  }

  assignStockLocations(userId: string, stockLocationIds: string[]): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      await this.assignStockLocationsIn(manager, user, stockLocationIds, ['stockLocationIds']);
      await audit(
        manager,
        this.principal,
        'stock-locations.assigned',
        { userId: user.id, organizationId },
        { stockLocationIds },
      );
      return user;
    });
  }

  unassignStockLocations(userId: string, stockLocationIds: string[]): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      // Another organisation's location answers as a made-up id does, not as a done unassignment.
      const locations = await this.administeredStockLocations(manager, stockLocationIds, [
        'stockLocationIds',
      ]);
      const ids = locations.map((l) => l.stockLocationId);
      if (ids.length)
        await manager.delete(StockLocationAssignment, {
          userId: user.id,
          stockLocationId: In(ids),
        });
      await audit(
        manager,
        this.principal,
        'stock-locations.unassigned',
        { userId: user.id, organizationId },
        { stockLocationIds },
      );
      return user;
    });
  }

  setPrimaryContact(userId: string): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      const administrator = await manager.existsBy(RoleGrant, {
        userId: user.id,
        role: 'ADMINISTRATOR',
      });
      if (!mayBePrimaryContact(user, administrator)) {
        throw refuse(
          'NOT_AN_ADMINISTRATOR',
          ['userId'],
          'The primary contact must be an active Administrator.',
        );
      }
      await manager.update(Organization, organizationId, { primaryContactId: user.id });
      await audit(manager, this.principal, 'organization.primary-contact-set', {
        userId: user.id,
        organizationId,
      });
      return user;
    });
  }

  disableUser(userId: string): Promise<UserPayload> {
    return this.change(async (manager, organizationId) => {
      const user = await this.member(manager, userId, organizationId);
      const administered = await manager.findBy(RoleGrant, {
        userId: user.id,
        role: 'ADMINISTRATOR',
      });
      await manager.update(User, user.id, { status: 'DISABLED' });
      await recordStaffMemberEvent(manager, user.id);
      await this.keepAdministrators(
        manager,
        organizationId,
        user.id,
        administered.map((g) => g.accountId),
      );
      await manager.update(
        Session,
        { userId: user.id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await audit(manager, this.principal, 'user.disabled', { userId: user.id, organizationId });
      return { ...user, status: 'DISABLED' as const };
    });
  }

  /** An Administrator's change to its organisation, serialised per organisation. */
  protected change(
    work: (manager: EntityManager, organizationId: string) => Promise<User>,
    idempotent?: Idempotent,
  ): Promise<UserPayload> {
    this.principal.requireSignedIn();
    const organizationId = administeredOrganization(this.principal);
    if (!organizationId) throw forbidden();
    return this.run(async (manager) => {
      // One change at a time per organisation: two Administrators demoting each other
      // concurrently must not leave it without one.
      await manager.query('SELECT 1 FROM identity.organization WHERE id = $1 FOR UPDATE', [
        organizationId,
      ]);
      return work(manager, organizationId);
    }, idempotent);
  }

  /** A user of the organisation (locked for the change), else "not found". */
  protected async member(
    manager: EntityManager,
    userId: string,
    organizationId: string,
  ): Promise<User> {
    const id = fromGlobalId('User', userId);
    const user = id
      ? await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!user || user.organizationId !== organizationId) throw USER_NOT_FOUND();
    return user;
  }

  /** The local id of an account the caller administers; any other is "not found". */
  private administeredAccount(accountId: string, field: string[]): string {
    const id = fromGlobalId('Account', accountId);
    if (!id || !this.principal.hasRole(id, 'ADMINISTRATOR')) {
      throw refuse('ACCOUNT_NOT_FOUND', field, 'No such account among the ones you administer.');
    }
    return id;
  }

  /** Local ids of devices on accounts the caller administers; any other is "not found". */
  private async administeredDevices(
    manager: EntityManager,
    deviceIds: string[],
    field: string[],
  ): Promise<string[]> {
    const ids = deviceIds.map((d) => fromGlobalId('Device', d));
    const known = await manager.findBy(DeviceProjection, {
      deviceId: In(ids.filter((i): i is string => i !== null)),
    });
    return ids.map((id, i) => {
      const device = known.find((d) => d.deviceId === id);
      if (
        !device ||
        device.status === 'DECOMMISSIONED' ||
        !this.principal.hasRole(device.accountId, 'ADMINISTRATOR')
      ) {
        throw refuse(
          'DEVICE_NOT_FOUND',
          [...field, String(i)],
          'No such device on the accounts you administer.',
        );
      }
      return device.deviceId;
    });
  }

  private async assignDevicesIn(
    manager: EntityManager,
    user: User,
    deviceIds: string[],
    field: string[],
  ): Promise<void> {
    if (!deviceIds.length) return;
    const devices = await this.administeredDevices(manager, deviceIds, field);
    const projections = await manager.findBy(DeviceProjection, { deviceId: In(devices) });
    const grants = await manager.findBy(RoleGrant, { userId: user.id, role: 'DEVICE_MANAGER' });
    projections.forEach((device) => {
      if (!grants.some((g) => g.accountId === device.accountId)) {
        throw refuse(
          'NOT_A_DEVICE_MANAGER',
          field,
          `Grant the user Device Manager on the account of ${device.serialNumber} first.`,
        );
      }
    });
    await manager
      .createQueryBuilder()
      .insert()
      .into(DeviceAssignment)
      .values(devices.map((deviceId) => ({ userId: user.id, deviceId })))
      .orIgnore()
      .execute();
  }

  // Stock locations are the toner subgraph's; identity knows them (and their accounts) from
  // toner's stock-location events, as it knows devices from the device events.
  private async assignStockLocationsIn(
    manager: EntityManager,
    user: User,
    ids: string[],
    field: string[],
  ): Promise<void> {
    if (!ids.length) return;
    const locations = await this.administeredStockLocations(manager, ids, field);
    const grants = await manager.findBy(RoleGrant, { userId: user.id, role: 'STOCK_MANAGER' });
    for (const location of locations) {
      if (!grants.some((g) => g.accountId === location.accountId)) {
        throw refuse(
          'NOT_A_STOCK_MANAGER',
          field,
          `Grant the user Stock Manager on the account of ${location.name} first.`,
        );
      }
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(StockLocationAssignment)
      .values(locations.map((l) => ({ userId: user.id, stockLocationId: l.stockLocationId })))
      .orIgnore()
      .execute();
  }

  /** Stock locations on accounts the caller administers; any other is "not found". */
  private async administeredStockLocations(
    manager: EntityManager,
    stockLocationIds: string[],
    field: string[],
  ): Promise<StockLocationProjection[]> {
    const ids = stockLocationIds.map((id) => fromGlobalId('StockLocation', id));
    const known = await manager.findBy(StockLocationProjection, {
      stockLocationId: In(ids.filter((i): i is string => i !== null)),
    });
    return ids.map((id, i) => {
      const location = known.find((l) => l.stockLocationId === id);
      if (!location || !this.principal.hasRole(location.accountId, 'ADMINISTRATOR')) {
        throw refuse(
          'STOCK_LOCATION_NOT_FOUND',
          [...field, String(i)],
          'No such stock location on the accounts you administer.',
        );
      }
      return location;
    });
  }

  /**
   * After a change: each account it touched still has an active Administrator (the rule holds
   * per account: one held elsewhere does not administer this one), the organisation still has
   * one, and its primary contact is still one (LAST_ADMINISTRATOR / PRIMARY_CONTACT otherwise;
   * the change rolls back). change() holds the organisation's row lock, so concurrent changes
   * are judged one after the other, each on what the previous one committed.
   */
  protected async keepAdministrators(
    manager: EntityManager,
    organizationId: string,
    changedUserId: string,
    accountIds: string[],
  ): Promise<void> {
    const rows: { user_id: string; account_id: string }[] = await manager.query(
      `SELECT g.user_id, g.account_id FROM identity.role_grant g
         JOIN identity.app_user u ON u.id = g.user_id
        WHERE u.organization_id = $1 AND u.status = 'ACTIVE' AND g.role = 'ADMINISTRATOR'`,
      [organizationId],
    );
    const orphaned = accountIds.some((a) => !rows.some((r) => r.account_id === a));
    if (rows.length === 0 || orphaned) {
      throw refuse(
        'LAST_ADMINISTRATOR',
        ['userId'],
        'This is the last Administrator of the account. Make another user Administrator of it first.',
      );
    }
    const organization = await manager.findOneByOrFail(Organization, { id: organizationId });
    if (
      organization.primaryContactId === changedUserId &&
      !rows.some((r) => r.user_id === changedUserId)
    ) {
      throw refuse(
        'PRIMARY_CONTACT',
        ['userId'],
        'This user is the primary contact. Make another Administrator the primary contact first.',
      );
    }
  }
}

/** The user is told of a role granted or taken (notification ROLE_CHANGED). */
async function roleChanged(
  manager: EntityManager,
  userId: string,
  accountId: string,
  role: string,
  change: 'GRANTED' | 'REVOKED',
): Promise<void> {
  const account = await manager.findOneBy(Account, { id: accountId });
  const name = account ? `${account.name} (${account.customerAccountNumber})` : '';
  await notifyUser(manager, {
    userId,
    type: 'ROLE_CHANGED',
    facts: { role, change, account: name },
  });
}
