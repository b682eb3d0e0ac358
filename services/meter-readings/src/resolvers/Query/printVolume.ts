import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const printVolume: QueryResolvers['printVolume'] = (
  _root,
  { from, to, accountId },
  { analytics },
) => analytics.scope(from, to, accountId);
