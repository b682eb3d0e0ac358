import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const serviceOrder: QueryResolvers['serviceOrder'] = (_root, { id }, { serviceOrders }) =>
  serviceOrders.byId(id);
