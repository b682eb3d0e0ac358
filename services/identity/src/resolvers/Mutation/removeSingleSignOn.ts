import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const removeSingleSignOn: MutationResolvers['removeSingleSignOn'] = (
  _root,
  _args,
  { singleSignOnSettings },
) => singleSignOnSettings.remove();
