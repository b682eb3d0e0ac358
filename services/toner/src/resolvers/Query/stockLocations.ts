import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const stockLocations: QueryResolvers['stockLocations'] = (
  _root,
  { accountId },
  { stockLocations },
) => stockLocations.list(accountId);
