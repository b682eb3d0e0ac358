import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createStockLocation: MutationResolvers['createStockLocation'] = (
  _root,
  { input },
  { stockLocations },
) => stockLocations.create(input);
