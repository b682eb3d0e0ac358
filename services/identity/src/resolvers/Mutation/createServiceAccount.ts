import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createServiceAccount: MutationResolvers['createServiceAccount'] = (
  _root,
  { input },
  { serviceAccounts },
) => serviceAccounts.create(input);
