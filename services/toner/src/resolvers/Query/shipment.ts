import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const shipment: QueryResolvers['shipment'] = (_root, { id }, { shipments }) =>
  shipments.byId(id);
