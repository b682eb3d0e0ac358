import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const signOutAllSessions: MutationResolvers['signOutAllSessions'] = (
  _root,
  { keepCurrent },
  { profile },
) => profile.signOutAll(keepCurrent ?? false);
