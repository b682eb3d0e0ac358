import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const voidMeterReading: MutationResolvers['voidMeterReading'] = (
  _root,
  { input },
  { corrections },
) => corrections.void(input);
