import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const confirmEmail: MutationResolvers['confirmEmail'] = (
  _root,
  { token },
  { registration },
) => registration.confirmEmail(token);
