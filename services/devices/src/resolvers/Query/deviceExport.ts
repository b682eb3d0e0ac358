import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const deviceExport: QueryResolvers['deviceExport'] = (_root, { id }, { exports }) =>
  exports.byId(id, ['DEVICES']);
