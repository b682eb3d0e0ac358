import { GraphQLDate, GraphQLDateTime } from '@portal/platform';
import type { Resolvers } from '../__generated__/resolvers-types';
import { me } from './Query/me';
import { apiKeys } from './Query/apiKeys';
import { auditTrail } from './Query/auditTrail';
import { staffUsers } from './Query/staffUsers';
import { register } from './Mutation/register';
import { confirmEmail } from './Mutation/confirmEmail';
import { resendConfirmation } from './Mutation/resendConfirmation';
import { refreshSession } from './Mutation/refreshSession';
import { inviteUser } from './Mutation/inviteUser';
import { acceptInvitation } from './Mutation/acceptInvitation';
import { grantRole } from './Mutation/grantRole';
import { revokeRole } from './Mutation/revokeRole';
import { assignDevices } from './Mutation/assignDevices';
import { unassignDevices } from './Mutation/unassignDevices';
import { assignStockLocations } from './Mutation/assignStockLocations';
import { unassignStockLocations } from './Mutation/unassignStockLocations';
import { setPrimaryContact } from './Mutation/setPrimaryContact';
import { disableUser } from './Mutation/disableUser';
import { createApiKey } from './Mutation/createApiKey';
import { revokeApiKey } from './Mutation/revokeApiKey';
import { correctUserEmail } from './Mutation/correctUserEmail';
import { createStaffUser } from './Mutation/createStaffUser';
import { ApiKey } from './ApiKey';
import { AuditEvent } from './AuditEvent';
import { organization } from './Query/organization';
import { accounts } from './Query/accounts';
import { login } from './Mutation/login';
import { logout } from './Mutation/logout';
import { Organization } from './Organization';
import { Account } from './Account';
import { User } from './User';
import { RoleGrant } from './RoleGrant';
import { Device } from './Device';
import { StockLocation } from './StockLocation';
import { Node } from './Node';
import { node } from './Query/node';
import { notifications } from './Query/notifications';
import { notificationPreferences } from './Query/notificationPreferences';
import { markNotificationsRead } from './Mutation/markNotificationsRead';
import { setNotificationPreference } from './Mutation/setNotificationPreference';
import { unsubscribeNotifications } from './Mutation/unsubscribeNotifications';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  Query: {
    me,
    organization,
    accounts,
    node,
    apiKeys,
    auditTrail,
    staffUsers,
    notifications,
    notificationPreferences,
  },
  Mutation: {
    register,
    confirmEmail,
    resendConfirmation,
    login,
    refreshSession,
    logout,
    inviteUser,
    acceptInvitation,
    grantRole,
    revokeRole,
    assignDevices,
    unassignDevices,
    assignStockLocations,
    unassignStockLocations,
    setPrimaryContact,
    disableUser,
    createApiKey,
    revokeApiKey,
    correctUserEmail,
    createStaffUser,
    markNotificationsRead,
    setNotificationPreference,
    unsubscribeNotifications,
  },
  Organization,
  Account,
  User,
  RoleGrant,
  Device,
  StockLocation,
  Node,
  ApiKey,
  AuditEvent,
};
