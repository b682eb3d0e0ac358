import type { WebhookDeliveryStatus, WebhookEventType } from '../__generated__/graphql';

/** Partner webhooks (English). */
export const webhooksEn = {
  title: 'Webhooks',
  intro:
    'Your systems can be told what happens on your accounts instead of asking: register an HTTPS endpoint and pick the events. Each message is signed (Standard Webhooks) with the endpoint’s secret, retried for 24 hours until your endpoint answers 2xx, and delivered in order per order, shipment, reading or device.',
  none: 'No endpoints yet.',
  create: 'Add endpoint',
  url: 'URL',
  urlHint: 'Where we POST the events, e.g. https://erp.example.com/hooks/canon.',
  description: 'Description (optional)',
  eventTypes: 'Events',
  types: {
    SERVICE_ORDER_STATUS_CHANGED: 'Service order status changed',
    METER_READING_ACCEPTED: 'Meter reading accepted',
    METER_READING_CORRECTED: 'Meter reading corrected or voided',
    SHIPMENT_CREATED: 'Toner shipment created',
    SHIPMENT_DISPATCHED: 'Toner shipment dispatched',
    SHIPMENT_DELIVERED: 'Toner shipment delivered',
    DEVICE_REGISTERED: 'Device registered',
    DEVICE_UPDATED: 'Device changed',
    DEVICE_STATUS_CHANGED: 'Device removal or decommissioning',
  } satisfies Record<WebhookEventType, string>,
  status: {
    PENDING: 'Waiting',
    DELIVERED: 'Delivered',
    FAILED: 'Failed',
  } satisfies Record<WebhookDeliveryStatus, string>,
  secretOnce: (url: string) =>
    `The signing secret of ${url}. Copy it into your receiver now: it is shown only this once.`,
  enabled: 'Active',
  disabled: 'Disabled',
  persistentFailure:
    'We disabled this endpoint: it did not accept a message for 24 hours. Enable it when it works again and redeliver what it missed.',
  previousSecret: 'Previous secret',
  previousSecretUntil: (when: string) => `Still signs too, until ${when}`,
  enable: 'Enable',
  disable: 'Disable',
  rotate: 'New secret',
  log: 'Delivery log',
  remove: 'Remove',
  removeConfirm: (url: string) => `Remove ${url} and its delivery log?`,
  noDeliveries: 'Nothing sent to this endpoint yet.',
  deliveries: (n: number) => `${n} ${n === 1 ? 'message' : 'messages'}, newest first`,
  event: 'Event',
  attempts: 'Attempts',
  noAnswer: 'no answer',
  duration: (ms: number) => `${ms} ms`,
  nextAttempt: (when: string) => `next try ${when}`,
  redeliver: 'Send again',
  codes: {
    INVALID_URL: 'Enter a full URL starting with https://, without user name or password.',
    HTTPS_REQUIRED: 'The URL must start with https://.',
    ADDRESS_NOT_ALLOWED:
      'The URL points to a private, loopback or link-local address. Use an address reachable from the internet.',
    HOST_NOT_FOUND: 'The host name cannot be found. Check the URL.',
    TOO_MANY_ENDPOINTS: 'An account can have at most 20 endpoints.',
    ENDPOINT_DISABLED: 'Enable the endpoint first.',
    NOT_FOUND: 'This endpoint no longer exists.',
  },
};
