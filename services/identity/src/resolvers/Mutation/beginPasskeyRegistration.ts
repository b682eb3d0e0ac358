import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const beginPasskeyRegistration: MutationResolvers['beginPasskeyRegistration'] = (
  _root,
  _args,
  { passkeys },
) => passkeys.beginRegistration();
