import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const resetPassword: MutationResolvers['resetPassword'] = (
  _root,
  { token, password },
  { passwordReset },
) => passwordReset.reset(token, password);
