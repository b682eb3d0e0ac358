import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateProfile: MutationResolvers['updateProfile'] = (_root, { input }, { profile }) =>
  profile.update(input);
