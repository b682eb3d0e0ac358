import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const finishPasskeyRegistration: MutationResolvers['finishPasskeyRegistration'] = (
  _root,
  { ceremony, response, name },
  { passkeys },
) => passkeys.finishRegistration(ceremony, response, name);
