import type { EntityManager } from 'typeorm';
import { recordEvent } from '@portal/platform';
import {
  ACCOUNT_OPENED,
  IDENTITY_EVENT_VERSION,
  IDENTITY_TOPIC,
  STAFF_MEMBER_CHANGED,
  type AccountSnapshotV1,
  type StaffMemberSnapshotV1,
} from '@portal/event-contracts';
import { User } from './entities/user.entity';

/** An account exists: devices register devices only on one (identity-events.ts). */
export async function recordAccountOpened(
  manager: EntityManager,
  account: AccountSnapshotV1,
): Promise<void> {
  await recordEvent(manager, {
    topic: IDENTITY_TOPIC,
    type: ACCOUNT_OPENED,
    version: IDENTITY_EVENT_VERSION,
    aggregateId: account.accountId,
    payload: account,
  });
}

/**
 * What identity publishes: the staff facts other subgraphs need, on the `identity` topic
 * (version 1, documented in @portal/event-contracts' identity-events.ts). Call inside the
 * transaction of the change, after it is written; a customer user publishes nothing.
 */
export async function recordStaffMemberEvent(
  manager: EntityManager,
  userId: string,
): Promise<void> {
  const table = manager.getRepository(User).metadata.tablePath;
  const [rows] = (await manager.query(
    `UPDATE ${table} SET revision = revision + 1 WHERE id = $1 AND staff_role IS NOT NULL
     RETURNING id, revision, name, staff_role, status`,
    [userId],
  )) as [{ id: string; revision: number; name: string; staff_role: string; status: string }[]];
  const staff = rows[0];
  if (!staff) return;
  const payload: StaffMemberSnapshotV1 = {
    userId: staff.id,
    revision: staff.revision,
    name: staff.name,
    staffRole: staff.staff_role as StaffMemberSnapshotV1['staffRole'],
    active: staff.status === 'ACTIVE',
  };
  await recordEvent(manager, {
    topic: IDENTITY_TOPIC,
    type: STAFF_MEMBER_CHANGED,
    version: IDENTITY_EVENT_VERSION,
    aggregateId: staff.id,
    payload,
  });
}
