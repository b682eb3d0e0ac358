import { Column, PrimaryColumn, type EntityManager, type EntityTarget } from 'typeorm';
import type { DomainEvent } from '@portal/platform';
import type { StaffRole } from '@portal/platform';

/**
 * # Identity events: topic `identity`, version 1
 *
 * The identity subgraph publishes the service centre's staff facts other subgraphs need, one
 * event per change of a staff user, through its outbox (in the transaction of the change;
 * delivered at least once). Each carries the staff member after the change, with a `revision`
 * that grows with every change of it: keep the highest (`projectStaffMember` does that).
 * `aggregateId` is the user's local uuid. Customer users are never published.
 *
 * | type                 | payload                | when                                             |
 * | -------------------- | ---------------------- | ------------------------------------------------ |
 * | `StaffMemberChanged` | `StaffMemberSnapshotV1` | created (also the demo data), invitation accepted, disabled |
 * | `AccountOpened`      | `AccountSnapshotV1`     | an organisation's account exists (the demo data, a partner's sandbox; accounts never change); again, with its number, for accounts opened before `accountNumber` |
 *
 * Service orders project technicians: a visit is scheduled only for an active technician, and
 * customers read its name from here. Devices project accounts: a device is registered only on
 * an account that exists. Ignore types you do not know; fields may be added within
 * version 1, anything else is version 2.
 */
export const IDENTITY_TOPIC = 'identity';
export const IDENTITY_EVENT_VERSION = 1;
export const STAFF_MEMBER_CHANGED = 'StaffMemberChanged';
export const ACCOUNT_OPENED = 'AccountOpened';

export interface AccountSnapshotV1 {
  accountId: string;
  organizationId: string;
  /**
   * The customer's account number, as customers know the account (added within version 1;
   * absent in events written before it): what documents for the customer name it by.
   */
  accountNumber?: string;
  /**
   * A partner's sandbox (added within version 1; absent means false): each subgraph generates
   * its own part of the sandbox's data for it, and keeps it out of the service centre's work.
   */
  sandbox?: boolean;
}

/** The columns a subgraph keeps of an account; extend it with @Entity(). */
export abstract class AccountProjectionBase {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** A partner's sandbox: its data stays out of the service centre's lists and analytics. */
  @Column({ type: 'boolean', default: false })
  sandbox: boolean;

  /** The customer's account number; null while only an event from before it is known. */
  @Column({ name: 'account_number', type: 'text', nullable: true })
  accountNumber: string | null;
}

/**
 * Applies an AccountOpened event: inserts the account once, and learns its number from the
 * first event carrying one (identity publishes it again for accounts opened before the field);
 * anything else changes nothing.
 */
export async function projectAccount(
  manager: EntityManager,
  projection: EntityTarget<AccountProjectionBase>,
  event: DomainEvent,
): Promise<void> {
  if (
    event.topic !== IDENTITY_TOPIC ||
    event.version !== IDENTITY_EVENT_VERSION ||
    event.type !== ACCOUNT_OPENED
  ) {
    return;
  }
  const a = event.payload as AccountSnapshotV1;
  const table = manager.getRepository(projection).metadata.tablePath;
  await manager.query(
    `INSERT INTO ${table} AS t (account_id, organization_id, sandbox, account_number)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (account_id) DO UPDATE SET account_number = EXCLUDED.account_number
     WHERE t.account_number IS NULL AND EXCLUDED.account_number IS NOT NULL`,
    [a.accountId, a.organizationId, a.sandbox === true, a.accountNumber ?? null],
  );
}

export interface StaffMemberSnapshotV1 {
  userId: string;
  /** Increases by one with every change of the staff member; keep the highest. */
  revision: number;
  name: string;
  staffRole: StaffRole;
  /** Signed up (invitation accepted) and not disabled: may be given work. */
  active: boolean;
}

/** The columns a subgraph keeps of a staff member; extend it with @Entity(). */
export abstract class StaffMemberProjectionBase {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'staff_role', type: 'text' })
  staffRole: StaffRole;

  @Column({ type: 'boolean' })
  active: boolean;
}

/**
 * Applies a staff-member event to a projection table: inserts it, or replaces an older
 * revision; a stale or repeated event, or any other identity event, changes nothing.
 */
export async function projectStaffMember(
  manager: EntityManager,
  projection: EntityTarget<StaffMemberProjectionBase>,
  event: DomainEvent,
): Promise<void> {
  if (
    event.topic !== IDENTITY_TOPIC ||
    event.version !== IDENTITY_EVENT_VERSION ||
    event.type !== STAFF_MEMBER_CHANGED
  ) {
    return;
  }
  const s = event.payload as StaffMemberSnapshotV1;
  const table = manager.getRepository(projection).metadata.tablePath;
  await manager.query(
    `INSERT INTO ${table} (user_id, revision, name, staff_role, active) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id) DO UPDATE SET revision = EXCLUDED.revision, name = EXCLUDED.name,
       staff_role = EXCLUDED.staff_role, active = EXCLUDED.active
     WHERE ${table}.revision < EXCLUDED.revision`,
    [s.userId, s.revision, s.name, s.staffRole, s.active],
  );
}
