import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const deleteWebhookEndpoint: MutationResolvers['deleteWebhookEndpoint'] = (
  _root,
  { id },
  { webhookEndpoints },
) => webhookEndpoints.remove(id);
