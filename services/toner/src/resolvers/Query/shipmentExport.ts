import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const shipmentExport: QueryResolvers['shipmentExport'] = (_root, { id }, { exports }) =>
  exports.byId(id, ['SHIPMENTS']);
