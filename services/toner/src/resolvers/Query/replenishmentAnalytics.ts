import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const replenishmentAnalytics: QueryResolvers['replenishmentAnalytics'] = (
  _root,
  { from, to, accountId },
  { analytics },
) => analytics.scope(from, to, accountId);
