import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const serviceOrderExport: QueryResolvers['serviceOrderExport'] = (
  _root,
  { id },
  { exports },
) => exports.byId(id, ['SERVICE_ORDERS']);
