import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const configureSingleSignOn: MutationResolvers['configureSingleSignOn'] = (
  _root,
  { input },
  { singleSignOnSettings },
) => singleSignOnSettings.configure(input);
