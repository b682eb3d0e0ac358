import { toGlobalId } from '@portal/platform';
import type { MeterReadingResolvers } from '../__generated__/resolvers-types';
import { averagePerDay } from '../domain/meter-reading';

export const MeterReading: MeterReadingResolvers = {
  __resolveReference: ({ id }, { readings }) => readings.byId(id),
  id: ({ reading }) => toGlobalId('MeterReading', reading.id),
  device: ({ reading }) => ({ id: toGlobalId('Device', reading.deviceId) }),
  readingDate: ({ reading }) => reading.readingDate,
  values: ({ values }) => values,
  source: ({ reading }) => reading.source,
  submittedBy: ({ reading }) => reading.submittedBy,
  submittedByName: ({ reading }) => reading.submittedByName,
  submittedAt: ({ reading }) => reading.submittedAt,
  averagePerDay: (accepted) => averagePerDay(accepted),
  corrections: (accepted, _args, { readings }) => readings.correctionsOfReading(accepted),
  increaseConfirmed: ({ reading }) => reading.increaseConfirmed,
  needsReview: ({ reading }) => reading.increaseConfirmed && reading.reviewedAt === null,
  reviewedBy: ({ reading }, _args, { principal }) =>
    principal.isStaff ? reading.reviewedBy : null,
  reviewedAt: ({ reading }, _args, { principal }) =>
    principal.isStaff ? reading.reviewedAt : null,
};
