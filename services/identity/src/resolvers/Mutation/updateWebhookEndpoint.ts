import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateWebhookEndpoint: MutationResolvers['updateWebhookEndpoint'] = (
  _root,
  { input },
  { webhookEndpoints },
) => webhookEndpoints.update(input);
