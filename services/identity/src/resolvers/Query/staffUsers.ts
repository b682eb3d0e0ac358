import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const staffUsers: QueryResolvers['staffUsers'] = (_root, { staffRole }, { users }) =>
  users.staffUsers(staffRole);
