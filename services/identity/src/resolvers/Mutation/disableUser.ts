import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const disableUser: MutationResolvers['disableUser'] = (_root, { userId }, { membership }) =>
  membership.disableUser(userId);
