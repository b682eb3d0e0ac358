import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const meterReadingsToReview: QueryResolvers['meterReadingsToReview'] = (
  _root,
  { first, after },
  { readings },
) => readings.toReview(first, after);
