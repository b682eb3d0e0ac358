import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const customerUsers: QueryResolvers['customerUsers'] = (_root, { search }, { users }) =>
  users.customerUsers(search);
