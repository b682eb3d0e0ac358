import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const grantRole: MutationResolvers['grantRole'] = (
  _root,
  { userId, grant },
  { membership },
) => membership.grantRole(userId, grant);
