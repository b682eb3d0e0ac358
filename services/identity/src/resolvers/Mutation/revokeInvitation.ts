import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const revokeInvitation: MutationResolvers['revokeInvitation'] = (
  _root,
  { userId },
  { lifecycle },
) => lifecycle.revokeInvitation(userId);
