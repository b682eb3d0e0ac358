import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const meterReadingsMissing: QueryResolvers['meterReadingsMissing'] = (
  _root,
  { from, to, accountId },
  { analytics },
) => analytics.missingReadings(analytics.scope(from, to, accountId));
