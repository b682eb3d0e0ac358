import { GraphQLDate, GraphQLDateTime } from '@portal/platform';
import type { Resolvers } from '../__generated__/resolvers-types';
import { me } from './Query/me';
import { apiKeys } from './Query/apiKeys';
import { currentApiKey } from './Query/currentApiKey';
import { auditTrail } from './Query/auditTrail';
import { staffUsers } from './Query/staffUsers';
import { customerUsers } from './Query/customerUsers';
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
import { setApiBudget } from './Mutation/setApiBudget';
import { createSandbox } from './Mutation/createSandbox';
import { ApiKeyUsageDay } from './ApiKeyUsageDay';
import { revokeApiKey } from './Mutation/revokeApiKey';
import { correctUserEmail } from './Mutation/correctUserEmail';
import { createStaffUser } from './Mutation/createStaffUser';
import { ApiKey } from './ApiKey';
import { ServiceAccount } from './ServiceAccount';
import { Invoice } from './Invoice';
import { InvoiceLine } from './InvoiceLine';
import { serviceAccounts } from './Query/serviceAccounts';
import { createServiceAccount } from './Mutation/createServiceAccount';
import { rotateServiceAccountSecret } from './Mutation/rotateServiceAccountSecret';
import { revokeServiceAccount } from './Mutation/revokeServiceAccount';
import { recordInvoice } from './Mutation/recordInvoice';
import { recordPayment } from './Mutation/recordPayment';
import { setCreditStatus } from './Mutation/setCreditStatus';
import { AuditEvent } from './AuditEvent';
import { organization } from './Query/organization';
import { accounts } from './Query/accounts';
import { login } from './Mutation/login';
import { logout } from './Mutation/logout';
import { beginPasskeyRegistration } from './Mutation/beginPasskeyRegistration';
import { finishPasskeyRegistration } from './Mutation/finishPasskeyRegistration';
import { beginPasskeySignIn } from './Mutation/beginPasskeySignIn';
import { finishPasskeySignIn } from './Mutation/finishPasskeySignIn';
import { removePasskey } from './Mutation/removePasskey';
import { passkeys } from './Query/passkeys';
import { Passkey } from './Passkey';
import { verifySecondFactor } from './Mutation/verifySecondFactor';
import { beginTotpEnrolment } from './Mutation/beginTotpEnrolment';
import { confirmTotpEnrolment } from './Mutation/confirmTotpEnrolment';
import { removeTotp } from './Mutation/removeTotp';
import { regenerateRecoveryCodes } from './Mutation/regenerateRecoveryCodes';
import { configureSingleSignOn } from './Mutation/configureSingleSignOn';
import { removeSingleSignOn } from './Mutation/removeSingleSignOn';
import { verifySingleSignOnDomain } from './Mutation/verifySingleSignOnDomain';
import { beginSingleSignOn } from './Mutation/beginSingleSignOn';
import { finishSingleSignOn } from './Mutation/finishSingleSignOn';
import { setOrganizationTwoFactorRequired } from './Mutation/setOrganizationTwoFactorRequired';
import { Organization } from './Organization';
import { Account } from './Account';
import { User } from './User';
import { RoleGrant } from './RoleGrant';
import { Device } from './Device';
import { StockLocation } from './StockLocation';
import { Node } from './Node';
import { node } from './Query/node';
import { mySessions } from './Query/mySessions';
import { requestPasswordReset } from './Mutation/requestPasswordReset';
import { resetPassword } from './Mutation/resetPassword';
import { changePassword } from './Mutation/changePassword';
import { updateProfile } from './Mutation/updateProfile';
import { resendInvitation } from './Mutation/resendInvitation';
import { revokeInvitation } from './Mutation/revokeInvitation';
import { enableUser } from './Mutation/enableUser';
import { signOutSession } from './Mutation/signOutSession';
import { signOutAllSessions } from './Mutation/signOutAllSessions';
import { notifications } from './Query/notifications';
import { notificationPreferences } from './Query/notificationPreferences';
import { markNotificationsRead } from './Mutation/markNotificationsRead';
import { setNotificationPreference } from './Mutation/setNotificationPreference';
import { unsubscribeNotifications } from './Mutation/unsubscribeNotifications';

import { webhookEndpoints } from './Query/webhookEndpoints';
import { webhookEndpoint } from './Query/webhookEndpoint';
import { createWebhookEndpoint } from './Mutation/createWebhookEndpoint';
import { updateWebhookEndpoint } from './Mutation/updateWebhookEndpoint';
import { rotateWebhookSecret } from './Mutation/rotateWebhookSecret';
import { deleteWebhookEndpoint } from './Mutation/deleteWebhookEndpoint';
import { redeliverWebhook } from './Mutation/redeliverWebhook';
import { WebhookEndpoint } from './WebhookEndpoint';
import { WebhookDelivery } from './WebhookDelivery';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  Query: {
    serviceAccounts,
    me,
    organization,
    accounts,
    node,
    apiKeys,
    currentApiKey,
    auditTrail,
    staffUsers,
    customerUsers,
    mySessions,
    passkeys,
    notifications,
    notificationPreferences,
    webhookEndpoints,
    webhookEndpoint,
  },
  Mutation: {
    createServiceAccount,
    rotateServiceAccountSecret,
    revokeServiceAccount,
    recordInvoice,
    recordPayment,
    setCreditStatus,
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
    setApiBudget,
    createSandbox,
    correctUserEmail,
    createStaffUser,
    requestPasswordReset,
    resetPassword,
    changePassword,
    updateProfile,
    resendInvitation,
    revokeInvitation,
    enableUser,
    signOutSession,
    signOutAllSessions,
    verifySecondFactor,
    beginTotpEnrolment,
    confirmTotpEnrolment,
    removeTotp,
    regenerateRecoveryCodes,
    configureSingleSignOn,
    removeSingleSignOn,
    verifySingleSignOnDomain,
    beginSingleSignOn,
    finishSingleSignOn,
    setOrganizationTwoFactorRequired,
    beginPasskeyRegistration,
    finishPasskeyRegistration,
    beginPasskeySignIn,
    finishPasskeySignIn,
    removePasskey,
    markNotificationsRead,
    setNotificationPreference,
    unsubscribeNotifications,
    createWebhookEndpoint,
    updateWebhookEndpoint,
    rotateWebhookSecret,
    deleteWebhookEndpoint,
    redeliverWebhook,
  },
  Organization,
  Account,
  User,
  RoleGrant,
  Device,
  StockLocation,
  Node,
  ApiKey,
  ServiceAccount,
  Invoice,
  InvoiceLine,
  ApiKeyUsageDay,
  AuditEvent,
  Passkey,
  WebhookEndpoint,
  WebhookDelivery,
};
