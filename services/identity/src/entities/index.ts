import { Organization } from './organization.entity';
import { Account } from './account.entity';
import { User } from './user.entity';
import { RoleGrant } from './role-grant.entity';
import { DeviceAssignment } from './device-assignment.entity';
import { StockLocationAssignment } from './stock-location-assignment.entity';
import { Session } from './session.entity';
import { RefreshToken } from './refresh-token.entity';
import { EmailToken } from './email-token.entity';
import { ApiKey } from './api-key.entity';
import { ApiKeyGrant } from './api-key-grant.entity';
import { ApiBudget } from './api-budget.entity';
import { ApiKeyUsage } from './api-key-usage.entity';
import { AuditEvent } from './audit-event.entity';
import { Payment } from './payment.entity';
import { InvoiceLine } from './invoice-line.entity';
import { InvoicePayment } from './invoice-payment.entity';
import { ServiceAccount } from './service-account.entity';
import { SignInAttempt } from './sign-in-attempt.entity';
import { IdempotentRequest, OutgoingMail } from '@portal/platform';
import { DeviceProjection } from './device-projection.entity';
import { StockLocationProjection } from './stock-location-projection.entity';
import { TotpCredential } from './totp-credential.entity';
import { RecoveryCode } from './recovery-code.entity';
import { SecondFactorChallenge } from './second-factor-challenge.entity';
import { SignInPolicy } from './sign-in-policy.entity';
import { Passkey } from './passkey.entity';
import { WebauthnCeremony } from './webauthn-ceremony.entity';
import { Notification } from './notification.entity';
import { NotificationPreference } from './notification-preference.entity';
import { UnsubscribeToken } from './unsubscribe-token.entity';
import { NotificationDigest } from './notification-digest.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookSecret } from './webhook-secret.entity';
import { WebhookMessage } from './webhook-message.entity';
import { WebhookAttempt } from './webhook-attempt.entity';

import { SsoConnection } from './sso-connection.entity';
import { SsoDomain } from './sso-domain.entity';
import { SsoLogin } from './sso-login.entity';
import { SsoIdentity } from './sso-identity.entity';
export {
  Organization,
  Account,
  User,
  RoleGrant,
  DeviceAssignment,
  StockLocationAssignment,
  Session,
  RefreshToken,
  EmailToken,
  ApiKey,
  ApiKeyGrant,
  ApiBudget,
  ApiKeyUsage,
  AuditEvent,
  Payment,
  InvoiceLine,
  InvoicePayment,
  ServiceAccount,
  SignInAttempt,
  OutgoingMail,
  DeviceProjection,
  StockLocationProjection,
  TotpCredential,
  RecoveryCode,
  SecondFactorChallenge,
  SignInPolicy,
  Passkey,
  WebauthnCeremony,
  Notification,
  NotificationPreference,
  UnsubscribeToken,
  NotificationDigest,
  IdempotentRequest,
  SsoConnection,
  SsoDomain,
  SsoLogin,
  SsoIdentity,
  WebhookEndpoint,
  WebhookSecret,
  WebhookMessage,
  WebhookAttempt,
};

export const entities = [
  Organization,
  Account,
  User,
  RoleGrant,
  DeviceAssignment,
  StockLocationAssignment,
  Session,
  RefreshToken,
  EmailToken,
  ApiKey,
  ApiKeyGrant,
  ApiBudget,
  ApiKeyUsage,
  AuditEvent,
  Payment,
  InvoiceLine,
  InvoicePayment,
  ServiceAccount,
  SignInAttempt,
  OutgoingMail,
  DeviceProjection,
  StockLocationProjection,
  TotpCredential,
  RecoveryCode,
  SecondFactorChallenge,
  SignInPolicy,
  Passkey,
  WebauthnCeremony,
  Notification,
  NotificationPreference,
  UnsubscribeToken,
  NotificationDigest,
  IdempotentRequest,
  SsoConnection,
  SsoDomain,
  SsoLogin,
  SsoIdentity,
  WebhookEndpoint,
  WebhookSecret,
  WebhookMessage,
  WebhookAttempt,
];
