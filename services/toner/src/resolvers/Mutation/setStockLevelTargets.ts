import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setStockLevelTargets: MutationResolvers['setStockLevelTargets'] = (
  _root,
  { stockLocationId, levels },
  { stockLevelTargets },
) => stockLevelTargets.set(stockLocationId, levels);
