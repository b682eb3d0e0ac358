import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const inviteUser: MutationResolvers['inviteUser'] = (_root, { input }, { membership }) =>
  membership.inviteUser(input);
