import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const signOutSession: MutationResolvers['signOutSession'] = (
  _root,
  { sessionId },
  { profile },
) => profile.signOutSession(sessionId);
