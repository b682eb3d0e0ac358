import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const refreshSession: MutationResolvers['refreshSession'] = (
  _root,
  { refreshToken },
  { sessions },
) => sessions.refresh(refreshToken);
