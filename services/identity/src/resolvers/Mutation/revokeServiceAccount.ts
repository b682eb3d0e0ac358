import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const revokeServiceAccount: MutationResolvers['revokeServiceAccount'] = (
  _root,
  { id },
  { serviceAccounts },
) => serviceAccounts.revoke(id);
