import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const rotateWebhookSecret: MutationResolvers['rotateWebhookSecret'] = (
  _root,
  { id },
  { webhookEndpoints },
) => webhookEndpoints.rotateSecret(id);
