import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const registerDevice: MutationResolvers['registerDevice'] = (
  _root,
  { input },
  { deviceChanges },
) => deviceChanges.register(input);
