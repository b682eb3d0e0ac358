import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const requestPasswordReset: MutationResolvers['requestPasswordReset'] = (
  _root,
  { email },
  { passwordReset },
) => passwordReset.request(email);
