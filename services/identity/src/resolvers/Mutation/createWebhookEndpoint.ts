import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createWebhookEndpoint: MutationResolvers['createWebhookEndpoint'] = (
  _root,
  { input },
  { webhookEndpoints },
) => webhookEndpoints.create(input);
