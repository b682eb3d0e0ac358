import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const assignStockLocations: MutationResolvers['assignStockLocations'] = (
  _root,
  { userId, stockLocationIds },
  { membership },
) => membership.assignStockLocations(userId, stockLocationIds);
