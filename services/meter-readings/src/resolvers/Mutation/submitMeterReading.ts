import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const submitMeterReading: MutationResolvers['submitMeterReading'] = (
  _root,
  { input },
  { readings },
) => readings.submit(input);
