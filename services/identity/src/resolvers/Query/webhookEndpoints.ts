import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const webhookEndpoints: QueryResolvers['webhookEndpoints'] = (
  _root,
  { accountId },
  { webhookEndpoints },
) => webhookEndpoints.list(accountId);
