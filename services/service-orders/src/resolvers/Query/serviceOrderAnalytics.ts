import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const serviceOrderAnalytics: QueryResolvers['serviceOrderAnalytics'] = (
  _root,
  { from, to, accountId },
  { analytics },
) => analytics.scope(from, to, accountId);
