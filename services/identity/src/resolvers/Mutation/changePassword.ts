import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const changePassword: MutationResolvers['changePassword'] = (
  _root,
  { currentPassword, newPassword },
  { profile },
) => profile.changePassword(currentPassword, newPassword);
