import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const organization: QueryResolvers['organization'] = (_root, _args, { accounts }) =>
  accounts.ownOrganization();
