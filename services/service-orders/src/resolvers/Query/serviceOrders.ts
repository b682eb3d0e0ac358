import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const serviceOrders: QueryResolvers['serviceOrders'] = (
  _root,
  { filter, first, after },
  { serviceOrders },
) => serviceOrders.list(filter, first, after);
