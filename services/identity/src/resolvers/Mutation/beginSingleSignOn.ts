import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const beginSingleSignOn: MutationResolvers['beginSingleSignOn'] = (
  _root,
  { email, redirectUri },
  { singleSignOn },
) => singleSignOn.begin(email, redirectUri);
