import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateStockLocation: MutationResolvers['updateStockLocation'] = (
  _root,
  { id, input },
  { stockLocations },
) => stockLocations.update(id, input);
