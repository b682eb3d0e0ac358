import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const unassignStockLocations: MutationResolvers['unassignStockLocations'] = (
  _root,
  { userId, stockLocationIds },
  { membership },
) => membership.unassignStockLocations(userId, stockLocationIds);
