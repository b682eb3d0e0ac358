import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const markMeterReadingReviewed: MutationResolvers['markMeterReadingReviewed'] = (
  _root,
  { readingId },
  { corrections },
) => corrections.markReviewed(readingId);
