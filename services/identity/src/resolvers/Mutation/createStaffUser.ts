import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createStaffUser: MutationResolvers['createStaffUser'] = (
  _root,
  { input },
  { serviceCentreUsers },
) => serviceCentreUsers.createStaffUser(input);
