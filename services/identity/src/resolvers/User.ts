import { fromGlobalId, toGlobalId } from '@portal/platform';
import type { UserResolvers } from '../__generated__/resolvers-types';

export const User: UserResolvers = {
  __resolveReference: ({ id }, { users }) => {
    const local = fromGlobalId('User', id);
    return local ? users.byId(local) : null;
  },
  id: (user) => toGlobalId('User', user.id),
  organization: (user, _args, { accounts }) =>
    user.organizationId ? accounts.organizationById(user.organizationId) : null,
  grants: (user, _args, { users }) => users.grantsOf(user),
  assignedDevices: (user, _args, { users }) => users.assignedDevicesOf(user),
  assignedStockLocations: (user, _args, { users }) => users.assignedStockLocationsOf(user),
  invitationPending: (user) => user.passwordHash === null && user.status === 'PENDING_CONFIRMATION',
  // Only the caller's own record answers: another user's permissions are not the viewer's.
  viewerCan: (user, _args, { principal }) =>
    principal.claims.kind === 'user' && principal.claims.id === user.id
      ? principal.viewerPermissions()
      : null,
  viewerCanGrantRoles: async (user, _args, { users }) =>
    (await users.permissionsOn(user)).grantRoles,
  viewerCanDisable: async (user, _args, { users }) => (await users.permissionsOn(user)).disable,
  viewerCanMakePrimaryContact: async (user, _args, { users }) =>
    (await users.permissionsOn(user)).makePrimaryContact,
  twoFactorEnabled: (user, _args, { secondFactor }) => secondFactor.isEnabled(user),
};
