import { toGlobalId } from '@portal/platform';
import type { WebhookDeliveryResolvers } from '../__generated__/resolvers-types';

export const WebhookDelivery: WebhookDeliveryResolvers = {
  id: (message) => toGlobalId('WebhookDelivery', message.id),
  messageId: (message) => `msg_${message.eventId}`,
  eventType: (message) => message.eventType as never,
  attemptCount: (message) => message.attempts,
  nextAttemptAt: (message) => (message.status === 'PENDING' ? message.nextAttemptAt : null),
  payload: (message) => message.body,
  attempts: (message, _args, { webhookDeliveries }) => webhookDeliveries.attempts(message),
};
