import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const correctMeterReading: MutationResolvers['correctMeterReading'] = (
  _root,
  { input },
  { corrections },
) => corrections.correct(input);
