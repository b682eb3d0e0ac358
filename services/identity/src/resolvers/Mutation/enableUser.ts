import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const enableUser: MutationResolvers['enableUser'] = (_root, { userId }, { lifecycle }) =>
  lifecycle.enableUser(userId);
