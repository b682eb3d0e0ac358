import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { announceLive, queueMail, toGlobalId, type DomainEvent } from '@portal/platform';
import { Notification } from '../entities/notification.entity';
import { NotificationPreference } from '../entities/notification-preference.entity';
import { User } from '../entities/user.entity';
import { UnsubscribeToken } from '../entities/unsubscribe-token.entity';
import { audienceOf, defaultEnabled } from './notification-types';
import { notificationMail } from './notification-texts';
import { intentsOf, type Intent } from './notification-intents';
import { randomToken, sha256 } from './secrets';

export type { Intent } from './notification-intents';

/**
 * Applies one event of another subgraph (event consumer `identity.notifications`): a list item
 * for each user concerned who has the type on, and a mail to their confirmed address (at once,
 * or in the day's digest).
 */
export async function notifyFromEvent(manager: EntityManager, event: DomainEvent): Promise<void> {
  for (const intent of await intentsOf(manager, event)) await deliver(manager, event.id, intent);
}

/** Notifies a user of a change identity made itself (in the change's transaction). */
export async function notifyUser(manager: EntityManager, intent: Intent): Promise<void> {
  await deliver(manager, randomUUID(), intent);
}

async function deliver(manager: EntityManager, eventId: string, intent: Intent): Promise<void> {
  const user = await manager.findOneBy(User, { id: intent.userId });
  if (!user || user.status !== 'ACTIVE') return;
  // Customer types go to customers' users only (staff who raise orders by phone follow them in
  // the queue); service-centre types to staff only.
  const staff = audienceOf(intent.type) === 'STAFF';
  if (staff ? !user.staffRole : !user.organizationId) return;
  const choice = await preference(manager, user.id, intent.type);
  if (!choice.enabled) return;
  const digest = choice.delivery === 'DAILY_DIGEST' && user.emailConfirmedAt !== null;
  const inserted: unknown[] = await manager
    .createQueryBuilder()
    .insert()
    .into(Notification)
    .values({
      userId: user.id,
      type: intent.type,
      sourceEventId: eventId,
      facts: intent.facts,
      digestPending: digest,
    })
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
  if (digest || !user.emailConfirmedAt) return;
  if (intent.alreadyMailed?.toLowerCase() === user.email.toLowerCase()) return;
  await queueMail(
    manager,
    user.email,
    notificationMail(
      intent,
      user.name,
      user.language,
      await unsubscribeToken(manager, user, intent),
    ),
  );
}

/** A fresh one-click unsubscribe token for the mail's type. */
export async function unsubscribeToken(
  manager: EntityManager,
  user: User,
  intent: Pick<Intent, 'type'>,
): Promise<string> {
  const token = randomToken();
  await manager.insert(UnsubscribeToken, {
    tokenHash: sha256(token),
    userId: user.id,
    type: intent.type,
  });
  return token;
}

export async function preference(
  manager: EntityManager,
  userId: string,
  type: Intent['type'],
): Promise<Pick<NotificationPreference, 'enabled' | 'delivery'>> {
  const choice = await manager.findOneBy(NotificationPreference, { userId, type });
  return choice ?? { enabled: defaultEnabled(type), delivery: 'IMMEDIATE' };
}
