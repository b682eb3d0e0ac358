import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const meterReadingsDue: QueryResolvers['meterReadingsDue'] = (
  _root,
  { first, after },
  { readings },
) => readings.due(first, after);
