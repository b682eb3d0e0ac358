import { toGlobalId } from '@portal/platform';
import type { MeterReadingCorrectionResolvers } from '../__generated__/resolvers-types';

export const MeterReadingCorrection: MeterReadingCorrectionResolvers = {
  id: ({ id }) => toGlobalId('MeterReadingCorrection', id),
  readingId: ({ readingId }) => toGlobalId('MeterReading', readingId),
};
