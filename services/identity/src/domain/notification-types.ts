import type { NotificationType } from '../entities/notification.entity';

/**
 * Every notification type a user may switch on or off, with its default. A type switched off
 * makes neither a list item nor a mail.
 */
export const NOTIFICATION_TYPES: readonly { type: NotificationType; defaultEnabled: boolean }[] = [
  { type: 'SERVICE_ORDER_STATUS_CHANGED', defaultEnabled: true },
  { type: 'SERVICE_VISIT_SCHEDULED', defaultEnabled: true },
  { type: 'ROLE_CHANGED', defaultEnabled: true },
  { type: 'INVITATION_ACCEPTED', defaultEnabled: true },
];

export function isNotificationType(value: string): value is NotificationType {
  return NOTIFICATION_TYPES.some((t) => t.type === value);
}

export function defaultEnabled(type: NotificationType): boolean {
  return NOTIFICATION_TYPES.find((t) => t.type === type)?.defaultEnabled ?? false;
}

/** The web client's preference page, linked from every notification mail. */
export const PREFERENCES_PATH = '/settings/notifications';

/** One-click unsubscribe (RFC 8058): POST here from the mail client; GET shows a page. */
export const UNSUBSCRIBE_PATH = '/notifications/unsubscribe';
