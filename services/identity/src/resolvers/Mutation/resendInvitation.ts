import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const resendInvitation: MutationResolvers['resendInvitation'] = (
  _root,
  { userId },
  { lifecycle },
) => lifecycle.resendInvitation(userId);
