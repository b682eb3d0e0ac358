import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const finishSingleSignOn: MutationResolvers['finishSingleSignOn'] = (
  _root,
  { callbackUrl },
  { singleSignOn },
) => singleSignOn.finish(callbackUrl);
