import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const stockLocations: QueryResolvers['stockLocations'] = (
  _root,
  _args,
  { stockLocations },
) => stockLocations.list();
