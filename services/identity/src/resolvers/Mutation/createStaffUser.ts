import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createStaffUser: MutationResolvers['createStaffUser'] = (
  _root,
  { input },
  { membership },
) => membership.createStaffUser(input);
