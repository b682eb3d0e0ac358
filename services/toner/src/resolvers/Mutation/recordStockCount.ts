import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const recordStockCount: MutationResolvers['recordStockCount'] = (
  _root,
  { stockLocationId, counts },
  { stockLocations },
) => stockLocations.recordCount(stockLocationId, counts);
