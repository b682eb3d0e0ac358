import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const revokeRole: MutationResolvers['revokeRole'] = (
  _root,
  { userId, grant },
  { membership },
) => membership.revokeRole(userId, grant);
