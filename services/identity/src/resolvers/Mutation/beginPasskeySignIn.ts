import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const beginPasskeySignIn: MutationResolvers['beginPasskeySignIn'] = (
  _root,
  { challenge },
  { passkeys },
) => passkeys.beginSignIn(challenge);
