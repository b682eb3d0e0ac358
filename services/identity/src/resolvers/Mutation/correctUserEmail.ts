import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const correctUserEmail: MutationResolvers['correctUserEmail'] = (
  _root,
  { userId, email },
  { serviceCentreUsers },
) => serviceCentreUsers.correctUserEmail(userId, email);
