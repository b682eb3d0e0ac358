import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const acceptInvitation: MutationResolvers['acceptInvitation'] = (
  _root,
  { token, password },
  { registration },
) => registration.acceptInvitation(token, password);
