import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setPrimaryContact: MutationResolvers['setPrimaryContact'] = (
  _root,
  { userId },
  { membership },
) => membership.setPrimaryContact(userId);
