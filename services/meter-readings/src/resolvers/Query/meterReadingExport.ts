import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const meterReadingExport: QueryResolvers['meterReadingExport'] = (
  _root,
  { id },
  { exports },
) => exports.byId(id, ['METER_READINGS', 'METER_USAGE_STATEMENT']);
