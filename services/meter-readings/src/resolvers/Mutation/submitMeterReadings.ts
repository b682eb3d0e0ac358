import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const submitMeterReadings: MutationResolvers['submitMeterReadings'] = (
  _root,
  { inputs },
  { readings },
) => readings.submitMany(inputs);
