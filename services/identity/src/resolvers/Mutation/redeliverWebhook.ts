import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const redeliverWebhook: MutationResolvers['redeliverWebhook'] = (
  _root,
  { deliveryId },
  { webhookDeliveries },
) => webhookDeliveries.redeliver(deliveryId);
