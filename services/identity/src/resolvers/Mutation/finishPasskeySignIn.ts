import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const finishPasskeySignIn: MutationResolvers['finishPasskeySignIn'] = (
  _root,
  { ceremony, response },
  { passkeys },
) => passkeys.finishSignIn(ceremony, response);
