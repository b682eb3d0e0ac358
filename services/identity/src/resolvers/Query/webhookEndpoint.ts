import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const webhookEndpoint: QueryResolvers['webhookEndpoint'] = (
  _root,
  { id },
  { webhookEndpoints },
) => webhookEndpoints.find(id);
