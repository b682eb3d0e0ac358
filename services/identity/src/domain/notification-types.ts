import type { NotificationType } from '../entities/notification.entity';

/** Who a type is for: customers' users, or the service centre's staff. */
export type Audience = 'CUSTOMER' | 'STAFF';

/**
 * Every notification type a user may switch on or off, with its default. A type switched off
 * makes neither a list item nor a mail; one set to the daily digest makes a list item at once
 * and is mailed with the others of the day.
 */
export const NOTIFICATION_TYPES: readonly {
  type: NotificationType;
  defaultEnabled: boolean;
  audience: Audience;
}[] = [
  { type: 'SERVICE_ORDER_STATUS_CHANGED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'SERVICE_VISIT_SCHEDULED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'METER_READING_DUE', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'METER_READING_OVERDUE', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'METER_READINGS_REFUSED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'TONER_SHIPMENT_CREATED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'TONER_SHIPMENT_DISPATCHED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'TONER_SHIPMENT_DELIVERED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'TONER_BELOW_MINIMUM', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'DEVICE_REMOVED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'ROLE_CHANGED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'INVITATION_ACCEPTED', defaultEnabled: true, audience: 'CUSTOMER' },
  { type: 'SERVICE_ORDER_AT_RISK', defaultEnabled: true, audience: 'STAFF' },
  { type: 'SERVICE_ORDER_OVERDUE', defaultEnabled: true, audience: 'STAFF' },
];

export function isNotificationType(value: string): value is NotificationType {
  return NOTIFICATION_TYPES.some((t) => t.type === value);
}

export function defaultEnabled(type: NotificationType): boolean {
  return NOTIFICATION_TYPES.find((t) => t.type === type)?.defaultEnabled ?? false;
}

export function audienceOf(type: NotificationType): Audience {
  return NOTIFICATION_TYPES.find((t) => t.type === type)?.audience ?? 'CUSTOMER';
}

/** The types a user sees on the preference page: a customer's, or a staff member's. */
export function typesFor(staff: boolean): typeof NOTIFICATION_TYPES {
  return NOTIFICATION_TYPES.filter((t) => t.audience === (staff ? 'STAFF' : 'CUSTOMER'));
}

/** The web client's preference page, linked from every notification mail. */
export const PREFERENCES_PATH = '/settings/notifications';

/** One-click unsubscribe (RFC 8058): POST here from the mail client; GET shows a page. */
export const UNSUBSCRIBE_PATH = '/notifications/unsubscribe';
