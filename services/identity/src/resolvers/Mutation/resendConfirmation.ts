import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const resendConfirmation: MutationResolvers['resendConfirmation'] = (
  _root,
  { email },
  { registration },
) => registration.resendConfirmation(email);
