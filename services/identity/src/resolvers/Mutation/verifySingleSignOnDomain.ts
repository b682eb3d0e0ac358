import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const verifySingleSignOnDomain: MutationResolvers['verifySingleSignOnDomain'] = (
  _root,
  { organizationId, domain },
  { singleSignOnSettings },
) => singleSignOnSettings.verifyDomain(organizationId, domain);
