import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const serviceAccounts: QueryResolvers['serviceAccounts'] = (
  _root,
  _args,
  { serviceAccounts },
) => serviceAccounts.list();
