import type { EntityManager } from 'typeorm';
import type { Principal } from '@portal/platform';
import { AuditEvent } from '../entities/audit-event.entity';

/** Records an identity change in the caller's transaction: it exists iff the change does. */
export async function audit(
  manager: EntityManager,
  principal: Principal,
  action: string,
  target: { userId?: string | null; organizationId?: string | null },
  details?: Record<string, unknown>,
): Promise<void> {
  await manager.save(
    manager.create(AuditEvent, {
      actor: principal.actor,
      action,
      targetUserId: target.userId ?? null,
      organizationId: target.organizationId ?? null,
      details: details ?? null,
    }),
  );
}
