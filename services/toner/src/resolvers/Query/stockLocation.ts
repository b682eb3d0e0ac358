import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const stockLocation: QueryResolvers['stockLocation'] = (_root, { id }, { stockLocations }) =>
  stockLocations.byId(id);
