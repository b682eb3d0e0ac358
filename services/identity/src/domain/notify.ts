import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  announceLive,
  queueMail,
  SERVICE_ORDER_STATUS_CHANGED,
  toGlobalId,
  type DomainEvent,
  type ServiceOrderStatusChangedV1,
} from '@portal/platform';
import { Notification, type NotificationType } from '../entities/notification.entity';
import { NotificationPreference } from '../entities/notification-preference.entity';
import { User } from '../entities/user.entity';
import { defaultEnabled } from './notification-types';
import { notificationMail } from './notification-texts';
import { randomToken, sha256 } from './secrets';
import { UnsubscribeToken } from '../entities/unsubscribe-token.entity';

/** What one event means for one user. */
export interface Intent {
  userId: string;
  type: NotificationType;
  facts: Notification['facts'];
  /** An address already mailed about the same step by the subgraph itself: no second mail. */
  alreadyMailed?: string | null;
}

/**
 * Applies one event of another subgraph (event consumer `identity.notifications`): a list item
 * for each user concerned who has the type on, and a mail to their confirmed address.
 */
export async function notifyFromEvent(manager: EntityManager, event: DomainEvent): Promise<void> {
  for (const intent of intentsOf(event)) await deliver(manager, event.id, intent);
}

function intentsOf(event: DomainEvent): Intent[] {
  if (event.type === SERVICE_ORDER_STATUS_CHANGED && event.version === 1)
    return serviceOrderIntents(event.payload as ServiceOrderStatusChangedV1);
  return [];
}

function serviceOrderIntents(p: ServiceOrderStatusChangedV1): Intent[] {
  const [kind, userId] = p.raisedBy.split(':');
  if (kind !== 'user' || !userId) return [];
  return [
    {
      userId,
      type: p.to === 'SCHEDULED' ? 'SERVICE_VISIT_SCHEDULED' : 'SERVICE_ORDER_STATUS_CHANGED',
      facts: {
        number: p.number,
        serialNumber: p.serialNumber,
        from: p.from,
        to: p.to,
        comment: p.comment,
        visitAt: p.visitAt,
        technicianName: p.technicianName,
        link: `/service-orders/${toGlobalId('ServiceOrder', p.orderId)}`,
      },
      alreadyMailed: p.contactMailedTo,
    },
  ];
}

/** Notifies a user of a change identity made itself (in the change's transaction). */
export async function notifyUser(manager: EntityManager, intent: Intent): Promise<void> {
  await deliver(manager, randomUUID(), intent);
}

async function deliver(manager: EntityManager, eventId: string, intent: Intent): Promise<void> {
  // Customers only: staff who raise orders by phone follow them in the queue.
  const user = await manager.findOneBy(User, { id: intent.userId });
  if (!user || user.status !== 'ACTIVE' || !user.organizationId) return;
  if (!(await isEnabled(manager, user.id, intent.type))) return;
  const inserted: unknown[] = await manager
    .createQueryBuilder()
    .insert()
    .into(Notification)
    .values({ userId: user.id, type: intent.type, sourceEventId: eventId, facts: intent.facts })
    .orIgnore()
    .returning('id')
    .execute()
    .then((r) => r.raw as unknown[]);
  if (inserted.length === 0) return;
  // The header's unread count updates at once (live/stream.ts).
  await announceLive(manager, {
    type: 'Notification',
    id: toGlobalId('Notification', String((inserted[0] as { id: string }).id)),
    userId: user.id,
  });
  if (!user.emailConfirmedAt) return;
  if (intent.alreadyMailed?.toLowerCase() === user.email.toLowerCase()) return;
  const token = randomToken();
  await manager.insert(UnsubscribeToken, {
    tokenHash: sha256(token),
    userId: user.id,
    type: intent.type,
  });
  await queueMail(manager, user.email, notificationMail(intent, user.name, user.language, token));
}

export async function isEnabled(
  manager: EntityManager,
  userId: string,
  type: NotificationType,
): Promise<boolean> {
  const choice = await manager.findOneBy(NotificationPreference, { userId, type });
  return choice ? choice.enabled : defaultEnabled(type);
}
