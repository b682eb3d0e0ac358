/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Organization as OrganizationEntity } from '../entities/organization.entity';
import type { Account as AccountEntity } from '../entities/account.entity';
import type { User as UserEntity } from '../entities/user.entity';
import type { Grant, DeviceRef, StockLocationRef } from '../domain/user.service';
import type { ApiKey as ApiKeyEntity } from '../entities/api-key.entity';
import type { ApiBudget as ApiBudgetEntity } from '../entities/api-budget.entity';
import type { ApiKeyUsage as ApiKeyUsageEntity } from '../entities/api-key-usage.entity';
import type { AuditEvent as AuditEventEntity } from '../entities/audit-event.entity';
import type { NotificationView } from '../domain/notification.service';
import type { Payment as PaymentEntity } from '../entities/payment.entity';
import type { InvoiceLine as InvoiceLineEntity } from '../entities/invoice-line.entity';
import type { ServiceAccount as ServiceAccountEntity } from '../entities/service-account.entity';
import type { NodeRef } from '../domain/node-ref';
import type { Passkey as PasskeyEntity } from '../entities/passkey.entity';
import type { WebhookEndpoint as WebhookEndpointEntity } from '../entities/webhook-endpoint.entity';
import type { WebhookMessage as WebhookMessageEntity } from '../entities/webhook-message.entity';
import type { WebhookAttempt as WebhookAttemptEntity } from '../entities/webhook-attempt.entity';
import type { IdentityContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 calendar date, YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** ISO-8601 date and time with offset */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A customer account of an organisation: the contract party for devices, orders, readings and invoices. */
export type Account = Node & {
  __typename?: 'Account';
  /** Staff only: a customer asking gets FORBIDDEN. */
  creditStatus?: Maybe<CreditStatus>;
  /** Printed on the contract, invoices, quotes and tenders. */
  customerAccountNumber: Scalars['String']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /**
   * The account's invoices, newest first: its Administrators and the Service agent; anyone else
   * asking gets FORBIDDEN.
   */
  invoices?: Maybe<InvoiceConnection>;
  /** The account’s name, e.g. a department or site. */
  name: Scalars['String']['output'];
  /** What is still to pay on the account's invoices (Administrators and the Service agent). */
  openBalance?: Maybe<Array<Money>>;
  /** The organisation the account belongs to. */
  organization: Organization;
  /** Staff only: a customer asking gets FORBIDDEN. Newest invoice first. */
  paymentHistory?: Maybe<PaymentConnection>;
  /** The customer's identifier at the service centre. */
  systemAccountNumber: Scalars['String']['output'];
};


/** A customer account of an organisation: the contract party for devices, orders, readings and invoices. */
export type AccountInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer account of an organisation: the contract party for devices, orders, readings and invoices. */
export type AccountPaymentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of setting an account's credit status. */
export type AccountPayload = {
  __typename?: 'AccountPayload';
  /** The account as it is now; null when refused. */
  account?: Maybe<Account>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A fair-use budget the service centre set for an organisation's API keys. */
export type ApiBudget = {
  __typename?: 'ApiBudget';
  /** Query cost each API key of the organisation may spend per minute. */
  costPerMinute: Scalars['Int']['output'];
  /** When the service centre last set it. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A key a partner integration calls the API with, acting for its organisation with the roles chosen for it. The secret is never shown again after creation. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The roles the key acts with, on which accounts (never wider than its creator’s). */
  grants: Array<RoleGrant>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** When it last made a request (to the minute); null when never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, e.g. "ERP integration". */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Requests, errors and query cost per day of the last `days` days (1 to 90, default 30), newest
   * first; days without traffic are left out. The organisation's Administrators and staff.
   */
  usage: Array<ApiKeyUsageDay>;
};


/** A key a partner integration calls the API with, acting for its organisation with the roles chosen for it. The secret is never shown again after creation. */
export type ApiKeyUsageArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};

/** The secret is shown once, here, and never again. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key; null when refused. */
  apiKey?: Maybe<ApiKey>;
  /** The key’s secret (pk_…), only in the answer to createApiKey. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** One API key's traffic on one day (UTC), as the gateway counted it. */
export type ApiKeyUsageDay = {
  __typename?: 'ApiKeyUsageDay';
  /** Query cost charged to the key's fair-use budget. */
  cost: Scalars['Float']['output'];
  /** The day, UTC. */
  day: Scalars['Date']['output'];
  /** The deprecated fields and arguments the key used that day: update it before their removal dates. */
  deprecatedFields: Array<DeprecatedFieldUse>;
  /** Requests answered with an error (refused, invalid, over budget or a field that failed). */
  errors: Scalars['Int']['output'];
  /** Requests made with the key. */
  requests: Scalars['Int']['output'];
};

/** One identity change: who did what to whom, when (staff only). */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What was done, e.g. "role.granted" or "api-key.created". */
  action: Scalars['String']['output'];
  /** user:<id>, apiKey:<id> or anonymous */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The change as JSON (ids and values; never secrets). */
  details?: Maybe<Scalars['String']['output']>;
  /** The user it was done to, when there is one. */
  targetUserId?: Maybe<Scalars['ID']['output']>;
};

/** A page of audit events. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The audit events of this page, each with its cursor. */
  edges: Array<AuditEventEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One audit event in a page, with its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The audit event. */
  node: AuditEvent;
};

/**
 * login also sets an HttpOnly session cookie for the web client; accessToken is for tools that
 * send Authorization: Bearer.
 */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** A bearer token for tools (the web client uses the cookie instead); null when refused. */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** For tools: pass it to refreshSession; browsers get it as an HttpOnly cookie instead. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /**
   * The password was right but a second factor is due: no session yet. Answer the challenge with
   * verifySecondFactor, or (enrolmentRequired) enrol with beginTotpEnrolment and
   * confirmTotpEnrolment, passing the challenge.
   */
  secondFactor?: Maybe<SecondFactorChallenge>;
  /** The new session; null when refused or when a second factor is still needed. */
  session?: Maybe<Session>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** What a service account may do. */
export type BackOfficeCapability =
  /** Records invoices, payments and accounts' credit status. */
  | 'BILLING'
  /** Changes devices' service contracts. */
  | 'CONTRACTS';

/** Codes: WRONG_PASSWORD, WEAK_PASSWORD, TOO_MANY_ATTEMPTS. */
export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** True when the password was changed. */
  ok: Scalars['Boolean']['output'];
  /** How many other sessions were signed out. */
  signedOutSessions: Scalars['Int']['output'];
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A sandbox organisation to create. */
export type CreateSandboxInput = {
  /** Its name, 1 to 100 characters, e.g. "ERP integration test". */
  name: Scalars['String']['input'];
};

/** A new service account. */
export type CreateServiceAccountInput = {
  /** At least one. */
  capabilities: Array<BackOfficeCapability>;
  /** 1 to 100 characters, unique, e.g. SAP billing. */
  name: Scalars['String']['input'];
};

/** A new user of the service centre. */
export type CreateStaffUserInput = {
  /** Where the invitation goes; the user signs in with it. */
  email: Scalars['String']['input'];
  /**
   * Optional, 1 to 200 characters: a retry with the same key and input answers with the user the
   * first attempt created; another input is refused with IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The person’s full name. */
  name: Scalars['String']['input'];
  /** What the user does at the service centre. */
  staffRole: StaffRole;
};

/** A new webhook endpoint for one account. */
export type CreateWebhookEndpointInput = {
  /** An account the caller administers. */
  accountId: Scalars['ID']['input'];
  /** What it is for, at most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The events it receives; at least one. */
  eventTypes: Array<WebhookEventType>;
  /** https://… (plain http only in demo and test runs). */
  url: Scalars['String']['input'];
};

/** Whether the service centre may extend credit to an account (staff only). */
export type CreditStatus =
  /** Pays on time. */
  | 'GOOD'
  /** No new chargeable work until the account is settled. */
  | 'ON_HOLD'
  /** Late payments: the service centre keeps an eye on it. */
  | 'WATCH';

/** How often a key used one deprecated field or argument on one day. */
export type DeprecatedFieldUse = {
  __typename?: 'DeprecatedFieldUse';
  /** The field or argument: Type.field or Type.field(argument). */
  coordinate: Scalars['String']['output'];
  /** Requests that used it. */
  requests: Scalars['Int']['output'];
};

export type Device = Node & {
  __typename?: 'Device';
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Users assigned to the device as Device Manager. */
  managers: Array<User>;
};

/** How an e-mail domain was shown to be the organisation's. */
export type DomainVerification =
  /** An Administrator's own (confirmed) e-mail is on it. */
  | 'ADMINISTRATOR_EMAIL'
  /** The service centre confirmed it. */
  | 'SERVICE_CENTRE';

/** A new user of the caller’s organisation, invited by e-mail. */
export type InviteUserInput = {
  /** The devices a Device Manager looks after. */
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where the invitation goes; the user signs in with it. */
  email: Scalars['String']['input'];
  /** The roles to give, on which accounts. */
  grants: Array<RoleGrantInput>;
  /**
   * Optional, 1 to 200 characters: a retry with the same key and input answers with the user the
   * first attempt created; another input is refused with IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** da (default) or en */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The person’s full name. */
  name: Scalars['String']['input'];
  /** The stock locations a Stock Manager looks after. */
  stockLocationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An invoice of an account, with its lines (Administrators of the account and the Service agent). */
export type Invoice = {
  __typename?: 'Invoice';
  /** The total, a decimal string, e.g. 12500.00 */
  amount: Scalars['String']['output'];
  /** ISO 4217 code, e.g. DKK. */
  currency: Scalars['String']['output'];
  /** When payment falls due; null for invoices from before due dates were recorded. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** When it was invoiced. */
  invoiceDate: Scalars['Date']['output'];
  /** The invoice's number. */
  invoiceNumber: Scalars['String']['output'];
  /** What the invoice bills, in the billing system's order. */
  lines: Array<InvoiceLine>;
  /** What is still to pay, a decimal string. */
  openAmount: Scalars['String']['output'];
  /** Open, overdue or paid. */
  status: InvoiceStatus;
};

/** A page of invoices. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The invoices of this page, each with its cursor. */
  edges: Array<InvoiceEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
};

/** One invoice in a page, with its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The invoice. */
  node: Invoice;
};

/** One line of an invoice: a device's meter for a billing period, or a charge of the account. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** Decimal string, e.g. 420.00 */
  amount: Scalars['String']['output'];
  /** The line's text, e.g. Colour pages. */
  description: Scalars['String']['output'];
  /** The device billed, as the caller may see it; null for a charge of the account. */
  device?: Maybe<Device>;
  /** The meter billed; null for a charge that is no meter's. */
  meter?: Maybe<MeterType>;
  /** Last day of the billing period. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the billing period. */
  periodStart: Scalars['Date']['output'];
  /** Pages (or units) billed. */
  quantity: Scalars['Int']['output'];
  /** The device's serial number when invoiced; null for a charge of the account. */
  serialNumber?: Maybe<Scalars['String']['output']>;
};

/** One line of an invoice to record. */
export type InvoiceLineInput = {
  /** Decimal string with at most two decimals, e.g. 420.00; negative for a credit. */
  amount: Scalars['String']['input'];
  /** The line's text, 1 to 200 characters. */
  description: Scalars['String']['input'];
  /** A device of the invoice's account; omit for a charge of the account. */
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  /** The meter billed: one of the device's billed meters; omit for a charge that is no meter's. */
  meter?: InputMaybe<MeterType>;
  /** Last day of the billing period, not before the first. */
  periodEnd: Scalars['Date']['input'];
  /** First day of the billing period. */
  periodStart: Scalars['Date']['input'];
  /** Pages (or units) billed, 0 or more. */
  quantity: Scalars['Int']['input'];
};

/** The result of recording an invoice or a payment. */
export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  /** The invoice as it is now; null when refused. */
  invoice?: Maybe<Invoice>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Whether an invoice is paid. */
export type InvoiceStatus =
  /** Something is still to pay and the due date has not passed (or there is none). */
  | 'OPEN'
  /** Something is still to pay after the due date. */
  | 'OVERDUE'
  /** Paid in full. */
  | 'PAID';

export type KnowledgeArticle = Node & {
  __typename?: 'KnowledgeArticle';
  /** Global id. */
  id: Scalars['ID']['output'];
};

/** Which of the caller’s notifications to mark read. */
export type MarkNotificationsReadInput = {
  /** True: all of them. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** The notifications to mark read; leave out (with all: true) to mark every one. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Codes: INVALID_INPUT. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The caller's unread count afterwards. */
  unreadCount: Scalars['Int']['output'];
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

export type MeterReading = Node & {
  __typename?: 'MeterReading';
  /** Global id. */
  id: Scalars['ID']['output'];
};

/** A counter of a device that billing reads. */
export type MeterType =
  /** Black-and-white pages. */
  | 'BLACK'
  /** Colour pages. */
  | 'COLOUR'
  /** Large-format (A3 and up) pages. */
  | 'LARGE_FORMAT'
  /** Scanned pages. */
  | 'SCAN'
  /** All pages. */
  | 'TOTAL';

/** An amount of money: one per currency. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string, e.g. 12500.00 */
  amount: Scalars['String']['output'];
  /** ISO 4217 code, e.g. DKK. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the password, confirms the e-mail and signs in. Codes: INVALID_TOKEN, WEAK_PASSWORD. */
  acceptInvitation: AuthPayload;
  /** Administrator: the devices a Device Manager looks after, added. */
  assignDevices: UserPayload;
  /** Administrator: the stock locations a Stock Manager looks after, added. */
  assignStockLocations: UserPayload;
  /** Signed-in user: options to create a passkey (a discoverable credential). */
  beginPasskeyRegistration: PasskeyOptionsPayload;
  /**
   * Options for signing in with a passkey: without a challenge, passwordless (any of the user's
   * passkeys, with user verification); with a password's second-factor challenge, that user's
   * passkeys. Codes: INVALID_CHALLENGE.
   */
  beginPasskeySignIn: PasskeyOptionsPayload;
  /**
   * The first step of signing in: when the e-mail's domain signs in with its organisation's
   * provider, the URL to send the browser to (state, nonce and PKCE verifier stay on the server, ten
   * minutes, single-use). The answer depends on the domain only. redirectUri: the portal's
   * /sign-in/sso page (the default).
   */
  beginSingleSignOn: SingleSignOnStartPayload;
  /**
   * Starts authenticator app enrolment for the signed-in user, or, with a sign-in's challenge that
   * requires enrolment, for that user. Codes: INVALID_CHALLENGE, ALREADY_ENROLLED.
   */
  beginTotpEnrolment: TotpEnrolmentPayload;
  /** The signed-in user's new password; every other session is signed out and a notice mailed. */
  changePassword: ChangePasswordPayload;
  /**
   * Administrator: the organisation's OpenID Connect provider, its e-mail domains, and whether
   * passwords are off. The provider must answer its discovery document. Codes: INVALID_INPUT,
   * PROVIDER_UNREACHABLE, DOMAIN_NOT_VERIFIED, DOMAIN_NOT_ALLOWED (a public mail provider's),
   * DOMAIN_TAKEN (another organisation's), WOULD_LOCK_OUT.
   */
  configureSingleSignOn: OrganizationPayload;
  /** Confirms the e-mail and signs in. Codes: INVALID_TOKEN. */
  confirmEmail: AuthPayload;
  /**
   * Turns the app on when the code matches the secret from beginTotpEnrolment and hands out ten
   * recovery codes. Codes: INVALID_CHALLENGE, INVALID_CODE, NOT_STARTED, TOO_MANY_ATTEMPTS.
   */
  confirmTotpEnrolment: TotpConfirmationPayload;
  /** Service agent: the user must confirm the new e-mail before signing in again. */
  correctUserEmail: UserPayload;
  /** Administrator: a key for a partner integration with the roles given (no wider than the caller’s own). The secret is in this answer only. Codes: INVALID_INPUT, ACCOUNT_NOT_FOUND. */
  createApiKey: ApiKeyPayload;
  /**
   * An Administrator of a customer organisation: a sandbox organisation to build an integration
   * against, with generated devices, meter readings, service orders and stock (each subgraph
   * makes its own part within seconds), kept out of the service centre's lists and analytics. The
   * caller becomes its Administrator as a user of its own (signInEmail, signed in with the
   * caller's password) and gets an Administrator API key for it (secret in this answer only). At
   * most 3 per caller. Codes: INVALID_INPUT, SANDBOX_LIMIT_REACHED.
   */
  createSandbox: SandboxPayload;
  /**
   * Service agents: a machine credential for one of the vendor's systems. The secret is in this
   * answer only. Codes: INVALID_INPUT, NAME_TAKEN.
   */
  createServiceAccount: ServiceAccountPayload;
  /**
   * Staff: creates a staff user, who sets a password through the invitation e-mail. Codes:
   * INVALID_INPUT, EMAIL_TAKEN, IDEMPOTENCY_KEY_REUSED.
   */
  createStaffUser: UserPayload;
  /**
   * Administrator of the account: registers an endpoint; the payload shows its signing secret once.
   * Codes: ACCOUNT_NOT_FOUND, INVALID_URL, HTTPS_REQUIRED, ADDRESS_NOT_ALLOWED (loopback, private,
   * link-local or metadata addresses), HOST_NOT_FOUND, INVALID_INPUT, TOO_MANY_ENDPOINTS.
   */
  createWebhookEndpoint: WebhookEndpointSecretPayload;
  /** Removes the endpoint and its delivery log. Codes: NOT_FOUND. */
  deleteWebhookEndpoint: WebhookEndpointPayload;
  /** Codes: LAST_ADMINISTRATOR. */
  disableUser: UserPayload;
  /** Administrator: re-enables a disabled user of its organisation. Codes: NOT_FOUND, NOT_DISABLED. */
  enableUser: UserPayload;
  /** Stores the passkey the browser created. Codes: INVALID_CEREMONY, INVALID_RESPONSE. */
  finishPasskeyRegistration: PasskeyPayload;
  /** Signs in with the browser's passkey answer. Codes: INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS. */
  finishPasskeySignIn: AuthPayload;
  /**
   * The provider sent the browser back to callbackUrl (the whole URL, with code and state): checks
   * the id token (issuer, audience, expiry, nonce), finds the user by the provider's subject or
   * provisions one without roles, and signs in. Codes: SSO_STATE_INVALID (used, expired or
   * unknown: start again), SSO_REJECTED (the id token failed a check; the message says which),
   * SSO_PROVIDER_ERROR, SSO_EMAIL_NOT_ALLOWED, SSO_USER_CONFLICT, TOO_MANY_ATTEMPTS.
   */
  finishSingleSignOn: AuthPayload;
  /** Administrator: gives a user of the organisation a role on an account. */
  grantRole: UserPayload;
  /**
   * Administrator: invites a user with grants on its accounts. Codes: INVALID_INPUT, EMAIL_TAKEN,
   * ACCOUNT_NOT_FOUND, DEVICE_NOT_FOUND, NOT_A_DEVICE_MANAGER, STOCK_LOCATION_NOT_FOUND,
   * NOT_A_STOCK_MANAGER, IDEMPOTENCY_KEY_REUSED.
   */
  inviteUser: UserPayload;
  /**
   * Codes: INVALID_CREDENTIALS, EMAIL_NOT_CONFIRMED, SINGLE_SIGN_ON_REQUIRED (the e-mail's
   * organisation signs in through its provider only), TOO_MANY_ATTEMPTS (five failures for one
   * e-mail from one client address in 15 minutes). Many failures from one address or at one e-mail
   * slow further attempts down rather than refuse them.
   */
  login: AuthPayload;
  /** Ends the current session; true when there was one. */
  logout: Scalars['Boolean']['output'];
  /** Marks the signed-in user's own notifications read. Codes: INVALID_INPUT. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /**
   * Service accounts with BILLING: records an invoice with its lines. Codes: ACCOUNT_NOT_FOUND,
   * DEVICE_NOT_FOUND, INVALID_INPUT, METER_NOT_BILLED, INVOICE_NUMBER_TAKEN.
   */
  recordInvoice: InvoicePayload;
  /**
   * Service accounts with BILLING: records a payment of an invoice; paid in full, the invoice is
   * PAID. Codes: NOT_FOUND, INVALID_INPUT, EXCEEDS_OPEN_AMOUNT, PAYMENT_REFERENCE_TAKEN.
   */
  recordPayment: InvoicePayload;
  /**
   * Sends a delivery again now, with a fresh retry window (also one delivered or failed).
   * Codes: NOT_FOUND, ENDPOINT_DISABLED.
   */
  redeliverWebhook: RedeliverWebhookPayload;
  /** Rotates the refresh token (cookie, or the argument for tools). Codes: INVALID_TOKEN. */
  refreshSession: AuthPayload;
  /**
   * Replaces the signed-in user's recovery codes with ten new ones; needs a current app code (or an
   * unused recovery code). Codes: NOT_ENROLLED, INVALID_CODE, TOO_MANY_ATTEMPTS.
   */
  regenerateRecoveryCodes: RecoveryCodesPayload;
  /** Self-registration; a confirmation e-mail follows (or, for an e-mail with a user, a reminder). */
  register: RegisterPayload;
  /** Codes: NOT_FOUND. */
  removePasskey: PasskeyPayload;
  /** Administrator: switches single sign-on off; passwords work again. */
  removeSingleSignOn: OrganizationPayload;
  /**
   * Turns the signed-in user's authenticator app off; needs a current code or a recovery code.
   * Codes: INVALID_CODE, TWO_FACTOR_REQUIRED (the organisation or staff policy requires it),
   * TOO_MANY_ATTEMPTS.
   */
  removeTotp: UserPayload;
  /**
   * Mails a single-use link (30 minutes) to set a new password. Always true, whatever the e-mail:
   * does not reveal whether it exists. Throttled per client address and per e-mail. For an e-mail
   * on a domain whose organisation switched passwords off, an error with code
   * SINGLE_SIGN_ON_REQUIRED (sign in through the provider), existing user or not.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Always true: does not reveal whether the e-mail exists. Rate-limited per user and per client address. */
  resendConfirmation: Scalars['Boolean']['output'];
  /** Administrator: a new invitation link for a user who has not accepted yet. Codes: NOT_FOUND, NOT_INVITED, TOO_MANY_ATTEMPTS. */
  resendInvitation: UserPayload;
  /**
   * Follows the reset link: sets the new password, signs out every other session, mails a notice
   * and signs in. Codes: INVALID_TOKEN, WEAK_PASSWORD.
   */
  resetPassword: AuthPayload;
  /** Administrator: the key stops working within a second. Codes: NOT_FOUND. */
  revokeApiKey: ApiKeyPayload;
  /** Administrator: withdraws an invitation not accepted yet; the invited user is removed. Codes: NOT_FOUND, NOT_INVITED. */
  revokeInvitation: UserPayload;
  /** Codes: LAST_ADMINISTRATOR. */
  revokeRole: UserPayload;
  /** Service agents: the service account stops working within a second. Codes: NOT_FOUND. */
  revokeServiceAccount: ServiceAccountPayload;
  /**
   * Service agents: a new secret, in this answer only; the old one stops within a second.
   * Codes: NOT_FOUND, REVOKED.
   */
  rotateServiceAccountSecret: ServiceAccountPayload;
  /**
   * A new signing secret, shown once; the previous one signs too for 24 hours (two signatures in
   * the header), so the receiver can switch without a gap. Codes: NOT_FOUND.
   */
  rotateWebhookSecret: WebhookEndpointSecretPayload;
  /**
   * Service agents: the fair-use budget of an organisation's API keys (each key gets the whole
   * budget per minute). Codes: NOT_FOUND, INVALID_INPUT.
   */
  setApiBudget: OrganizationPayload;
  /** Service accounts with BILLING: an account's credit status. Codes: ACCOUNT_NOT_FOUND. */
  setCreditStatus: AccountPayload;
  /** Switches one notification type on or off for the signed-in user. */
  setNotificationPreference: NotificationPreferencesPayload;
  /** Administrator: every user of the organisation must use a second factor from the next sign-in. */
  setOrganizationTwoFactorRequired: OrganizationPayload;
  /** Administrator: another Administrator becomes the organisation’s primary contact. */
  setPrimaryContact: UserPayload;
  /** Signs out all of the caller's sessions; with keepCurrent, all but this one. */
  signOutAllSessions: SignOutSessionsPayload;
  /** Signs out one of the caller's own sessions (another browser, or this one). Codes: NOT_FOUND. */
  signOutSession: SignOutSessionsPayload;
  /** Administrator: devices a Device Manager no longer looks after. */
  unassignDevices: UserPayload;
  /** Administrator: stock locations a Stock Manager no longer looks after. */
  unassignStockLocations: UserPayload;
  /**
   * A notification mail's unsubscribe link (no sign-in: the mail's token is the authority):
   * switches that mail's type off for its recipient. Codes: INVALID_TOKEN.
   */
  unsubscribeNotifications: UnsubscribePayload;
  /** The signed-in user's name, phone and language (of its e-mails). Codes: INVALID_INPUT. */
  updateProfile: UserPayload;
  /** Changes, disables or enables again. Codes: NOT_FOUND and those of createWebhookEndpoint. */
  updateWebhookEndpoint: WebhookEndpointPayload;
  /**
   * Completes a sign-in with an authenticator app code or an unused recovery code. Codes:
   * INVALID_CHALLENGE (expired or used: sign in again), INVALID_CODE, TOO_MANY_ATTEMPTS.
   */
  verifySecondFactor: AuthPayload;
  /** Service agent: confirms an e-mail domain is the organisation's. Codes: INVALID_INPUT, DOMAIN_TAKEN. */
  verifySingleSignOnDomain: OrganizationPayload;
};


export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAssignDevicesArgs = {
  deviceIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationAssignStockLocationsArgs = {
  stockLocationIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationBeginPasskeySignInArgs = {
  challenge?: InputMaybe<Scalars['String']['input']>;
};


export type MutationBeginSingleSignOnArgs = {
  email: Scalars['String']['input'];
  redirectUri?: InputMaybe<Scalars['String']['input']>;
};


export type MutationBeginTotpEnrolmentArgs = {
  challenge?: InputMaybe<Scalars['String']['input']>;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfigureSingleSignOnArgs = {
  input: SingleSignOnInput;
};


export type MutationConfirmEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmTotpEnrolmentArgs = {
  challenge?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
};


export type MutationCorrectUserEmailArgs = {
  email: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  grants: Array<RoleGrantInput>;
  name: Scalars['String']['input'];
};


export type MutationCreateSandboxArgs = {
  input: CreateSandboxInput;
};


export type MutationCreateServiceAccountArgs = {
  input: CreateServiceAccountInput;
};


export type MutationCreateStaffUserArgs = {
  input: CreateStaffUserInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationEnableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationFinishPasskeyRegistrationArgs = {
  ceremony: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  response: Scalars['String']['input'];
};


export type MutationFinishPasskeySignInArgs = {
  ceremony: Scalars['String']['input'];
  response: Scalars['String']['input'];
};


export type MutationFinishSingleSignOnArgs = {
  callbackUrl: Scalars['String']['input'];
};


export type MutationGrantRoleArgs = {
  grant: RoleGrantInput;
  userId: Scalars['ID']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationRecordInvoiceArgs = {
  input: RecordInvoiceInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegenerateRecoveryCodesArgs = {
  code: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemovePasskeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveTotpArgs = {
  code: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendConfirmationArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  grant: RoleGrantInput;
  userId: Scalars['ID']['input'];
};


export type MutationRevokeServiceAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateServiceAccountSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetApiBudgetArgs = {
  input: SetApiBudgetInput;
};


export type MutationSetCreditStatusArgs = {
  accountId: Scalars['ID']['input'];
  creditStatus: CreditStatus;
};


export type MutationSetNotificationPreferenceArgs = {
  input: SetNotificationPreferenceInput;
};


export type MutationSetOrganizationTwoFactorRequiredArgs = {
  required: Scalars['Boolean']['input'];
};


export type MutationSetPrimaryContactArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSignOutAllSessionsArgs = {
  keepCurrent?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSignOutSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationUnassignDevicesArgs = {
  deviceIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationUnassignStockLocationsArgs = {
  stockLocationIds: Array<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationUnsubscribeNotificationsArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


export type MutationVerifySecondFactorArgs = {
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationVerifySingleSignOnDomainArgs = {
  domain: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};

/**
 * Anything with a global id. identity owns node(id:) and answers the type the id names; the type's
 * own subgraph resolves (and authorises) the rest, so what the caller may not see is null.
 */
export type Node = {
  /** Global id: identifies the object and its type. */
  id: Scalars['ID']['output'];
};

/** One item of the caller's notification list, in the caller's language. */
export type Notification = {
  __typename?: 'Notification';
  /** The details, in the caller’s language. */
  body: Scalars['String']['output'];
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** A portal path to what it is about (the order's page). */
  link?: Maybe<Scalars['String']['output']>;
  /** null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** A short line, in the caller’s language. */
  title: Scalars['String']['output'];
  /** What happened. */
  type: NotificationType;
};

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications of this page, each with its cursor. */
  edges: Array<NotificationEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
  /** The caller's unread notifications (all of them, not only this page's). */
  unreadCount: Scalars['Int']['output'];
};

/** How a notification type reaches the user's mailbox (it is always in the list). */
export type NotificationDelivery =
  /** The day's notifications of such types in one mail, from 07:00 (Copenhagen). */
  | 'DAILY_DIGEST'
  /** One mail per notification, when it happens. */
  | 'IMMEDIATE';

/** One notification in a page, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** Whether the caller gets one type of notification (in the list and by mail). */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** The type's default, for users who never chose. */
  defaultEnabled: Scalars['Boolean']['output'];
  /** At once or in the daily digest (IMMEDIATE for users who never chose). */
  delivery: NotificationDelivery;
  /** Whether the caller gets it (also by e-mail). */
  enabled: Scalars['Boolean']['output'];
  /** A kind of notification. */
  type: NotificationType;
};

/** The caller’s notification preferences after a change. */
export type NotificationPreferencesPayload = {
  __typename?: 'NotificationPreferencesPayload';
  /** One per kind of notification. */
  preferences: Array<NotificationPreference>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** What a notification is about. */
export type NotificationType =
  /** A printer you manage was decommissioned (its removal is complete). */
  | 'DEVICE_REMOVED'
  /** Someone you invited accepted the invitation. */
  | 'INVITATION_ACCEPTED'
  /** A bulk submission of meter readings you sent had refused readings. */
  | 'METER_READINGS_REFUSED'
  /** Printers you manage owe a meter reading due within your organisation's reminder lead time. */
  | 'METER_READING_DUE'
  /** Printers you manage owe a meter reading whose period has ended. */
  | 'METER_READING_OVERDUE'
  /** An Administrator granted you a role or took one from you. */
  | 'ROLE_CHANGED'
  /** Service centre: an order awaiting its response has less than a quarter of its response time left. */
  | 'SERVICE_ORDER_AT_RISK'
  /** Service centre: an order missed its response time. */
  | 'SERVICE_ORDER_OVERDUE'
  /** A service order you raised moved to another status. */
  | 'SERVICE_ORDER_STATUS_CHANGED'
  /** A technician visit was planned for a service order you raised. */
  | 'SERVICE_VISIT_SCHEDULED'
  /** A toner at a stock location you manage fell below its minimum. */
  | 'TONER_BELOW_MINIMUM'
  /** A toner shipment to a stock location you manage was ordered. */
  | 'TONER_SHIPMENT_CREATED'
  /** A toner shipment to a stock location you manage was delivered. */
  | 'TONER_SHIPMENT_DELIVERED'
  /** A toner shipment to a stock location you manage was dispatched (with carrier and tracking number). */
  | 'TONER_SHIPMENT_DISPATCHED';

/** A customer company; it holds one or more accounts. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Its customer accounts the caller may see. */
  accounts: Array<Account>;
  /**
   * The query-cost budget per minute of each of the organisation's API keys, when the service
   * centre set one; null when the portal's default applies (see RateLimit-Policy on any answer).
   */
  apiBudget?: Maybe<ApiBudget>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The organisation’s name. */
  name: Scalars['String']['output'];
  /** Exactly one per organisation, always an Administrator. */
  primaryContact: User;
  /**
   * True for a partner's sandbox: generated devices and data to build an integration against,
   * outside the service centre's lists and analytics (createSandbox).
   */
  sandbox: Scalars['Boolean']['output'];
  /**
   * Single sign-on with the organisation's OpenID Connect provider: null when not set up, and for
   * anyone but the organisation's Administrators and the service centre's agents and planners.
   */
  singleSignOn?: Maybe<SingleSignOn>;
  /** Every user must sign in with a second factor (set by an Administrator). */
  twoFactorRequired: Scalars['Boolean']['output'];
  /** Visible to the organisation's Administrators and to staff. */
  users: UserConnection;
};


/** A customer company; it holds one or more accounts. */
export type OrganizationUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of a mutation on a organisation: the organisation, or the reasons it was refused. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** The organisation as it is now; null when the mutation was refused. */
  organization?: Maybe<Organization>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Where a page ends, and whether more follow. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A WebAuthn credential of the signed-in user. */
export type Passkey = {
  __typename?: 'Passkey';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** When it last signed in; null when never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A name the user gave it, e.g. the device. */
  name: Scalars['String']['output'];
};

/** WebAuthn options for the browser (JSON, as @simplewebauthn/browser takes it) and the ceremony to finish with. */
export type PasskeyOptionsPayload = {
  __typename?: 'PasskeyOptionsPayload';
  /** Pass back with the browser’s answer. */
  ceremony?: Maybe<Scalars['String']['output']>;
  /** WebAuthn options (JSON) for the browser. */
  options?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The result of a mutation on a passkey: the passkey, or the reasons it was refused. */
export type PasskeyPayload = {
  __typename?: 'PasskeyPayload';
  /** The passkey as it is now; null when the mutation was refused. */
  passkey?: Maybe<Passkey>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** An invoice of an account and its payment (staff only). */
export type Payment = {
  __typename?: 'Payment';
  /** Decimal string, e.g. 12500.00 */
  amount: Scalars['String']['output'];
  /** ISO 4217 code, e.g. DKK. */
  currency: Scalars['String']['output'];
  /** When it was invoiced. */
  invoiceDate: Scalars['Date']['output'];
  /** The invoice’s number. */
  invoiceNumber: Scalars['String']['output'];
  /** When it was paid; null while open. */
  paidAt?: Maybe<Scalars['Date']['output']>;
};

/** A page of payments. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** The payments of this page, each with its cursor. */
  edges: Array<PaymentEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
};

/** One payment in a page, with its cursor. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: Payment;
};

/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type Query = {
  __typename?: 'Query';
  /** The accounts the caller may see: its grants' accounts, or every account for staff. */
  accounts: Array<Account>;
  /** The caller's organisation's API keys (Administrators). */
  apiKeys: Array<ApiKey>;
  /** Staff only: every identity change, newest first. */
  auditTrail: AuditEventConnection;
  /**
   * The API key this request is made with: its name and the roles it acts with (a key's own answer
   * to "who am I"; `me` is the signed-in user and null for a key). Null for anyone else.
   */
  currentApiKey?: Maybe<ApiKey>;
  /**
   * Agents and planners: customers' users (never staff) whose name or e-mail contains the text, or
   * whose organisation's name or one of its customer account numbers does; by name, at most 50.
   * The text has 2 to 100 characters (else BAD_USER_INPUT).
   */
  customerUsers: Array<User>;
  /** The signed-in user; null when not signed in. */
  me?: Maybe<User>;
  /** The signed-in user's own sessions that have not ended, newest first. */
  mySessions: Array<UserSession>;
  /** Any object by its global id; null when it does not exist or the caller may not see it. */
  node?: Maybe<Node>;
  /** The signed-in user's choice per notification type. */
  notificationPreferences: Array<NotificationPreference>;
  /** The signed-in user's own notifications, newest first (users only; API keys have none). */
  notifications: NotificationConnection;
  /** The caller's organisation; null for staff and anonymous callers. */
  organization?: Maybe<Organization>;
  /** The signed-in user's passkeys, newest first. */
  passkeys: Array<Passkey>;
  /** Service agents: the vendor's systems' service accounts, newest first. */
  serviceAccounts: Array<ServiceAccount>;
  /** Staff only: the service centre's active users, by name (the planner picks technicians here). */
  staffUsers: Array<User>;
  /** One of them; null for any other id. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** Administrators (users or API keys): the webhook endpoints of the accounts they administer. */
  webhookEndpoints: Array<WebhookEndpoint>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryCustomerUsersArgs = {
  search: Scalars['String']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryStaffUsersArgs = {
  staffRole?: InputMaybe<StaffRole>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryWebhookEndpointsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};

/** An invoice from the billing system. */
export type RecordInvoiceInput = {
  /** The account invoiced. */
  accountId: Scalars['ID']['input'];
  /** ISO 4217 code, e.g. DKK. */
  currency: Scalars['String']['input'];
  /** When payment falls due, not before the invoice date. */
  dueDate: Scalars['Date']['input'];
  /** When it was invoiced. */
  invoiceDate: Scalars['Date']['input'];
  /**
   * The invoice's number, unique: recording it again with the same content answers with the
   * invoice recorded first; other content is refused with INVOICE_NUMBER_TAKEN.
   */
  invoiceNumber: Scalars['String']['input'];
  /** At least one; the invoice's amount is their sum and must be 0 or more. */
  lines: Array<InvoiceLineInput>;
};

/** A payment received, from the billing system. */
export type RecordPaymentInput = {
  /** Decimal string above 0 with at most two decimals, no more than is still open. */
  amount: Scalars['String']['input'];
  /** The invoice paid. */
  invoiceNumber: Scalars['String']['input'];
  /** When it was paid. */
  paidOn: Scalars['Date']['input'];
  /**
   * The billing system's reference of the payment, unique: recording it again with the same
   * content changes nothing; other content is refused with PAYMENT_REFERENCE_TAKEN.
   */
  reference: Scalars['String']['input'];
};

/**
 * Ten new single-use recovery codes, shown once, here; the earlier ones stop working. Codes:
 * NOT_ENROLLED, INVALID_CODE, TOO_MANY_ATTEMPTS.
 */
export type RecoveryCodesPayload = {
  __typename?: 'RecoveryCodesPayload';
  /** The ten new recovery codes; null when refused. */
  recoveryCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The result of redeliverWebhook: the message queued again, or the reasons it was refused. */
export type RedeliverWebhookPayload = {
  __typename?: 'RedeliverWebhookPayload';
  /** The message as it is now, PENDING; null when refused. */
  delivery?: Maybe<WebhookDelivery>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A new user who proves belonging to a customer with an account number and a device serial number. */
export type RegisterInput = {
  /** From the contract or an invoice. */
  customerAccountNumber: Scalars['String']['input'];
  /** Of any device of that account. */
  deviceSerialNumber: Scalars['String']['input'];
  /** The user’s e-mail; a confirmation is sent there. */
  email: Scalars['String']['input'];
  /** da (default) or en: the language of the e-mails we send. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The person’s full name. */
  name: Scalars['String']['input'];
  /** At least 12 characters, not a known-breached one. */
  password: Scalars['String']['input'];
};

/**
 * Codes: WEAK_PASSWORD, INVALID_INPUT, OWNERSHIP_NOT_PROVEN (the account number and serial do not
 * match: one answer whether or not the account exists), TOO_MANY_ATTEMPTS (per client address and
 * per account number). An e-mail that has a user already is answered as a new one (ok), and its
 * owner is mailed instead; EMAIL_TAKEN and ACCOUNT_NOT_FOUND are no longer produced.
 */
export type RegisterPayload = {
  __typename?: 'RegisterPayload';
  /** True when the request was taken (a mail follows either way). */
  ok: Scalars['Boolean']['output'];
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A customer user’s role on an account. */
export type Role =
  /** Manages the account’s users, roles and API keys, and everything else. */
  | 'ADMINISTRATOR'
  /** Looks after the devices assigned to it: readings, orders, locations. */
  | 'DEVICE_MANAGER'
  /** Uses self-service: help articles and its own profile. */
  | 'SELF_SERVICE_USER'
  /** Looks after the stock locations assigned to it: counts and deliveries. */
  | 'STOCK_MANAGER';

/** A role on an account. */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  /** The account it applies to. */
  account: Account;
  /** The role. */
  role: Role;
};

/** A role on an account. */
export type RoleGrantInput = {
  /** The account it applies to. */
  accountId: Scalars['ID']['input'];
  /** The role. */
  role: Role;
};

/** The sandbox, how to sign in to it, and its first API key (the secret is shown once, here). */
export type SandboxPayload = {
  __typename?: 'SandboxPayload';
  /** An Administrator key for the sandbox's account; null when refused. */
  apiKey?: Maybe<ApiKey>;
  /** The sandbox organisation; null when refused. */
  organization?: Maybe<Organization>;
  /** The key's secret (pk_…), in this answer only. */
  secret?: Maybe<Scalars['String']['output']>;
  /**
   * The e-mail the caller signs in to the sandbox with (its own address with a +sandbox tag, so
   * mail reaches the same mailbox), with the password it has now.
   */
  signInEmail?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A sign-in waiting for its second factor; single-use, valid for five minutes. */
export type SecondFactorChallenge = {
  __typename?: 'SecondFactorChallenge';
  /** Pass to verifySecondFactor with the code. */
  challenge: Scalars['String']['output'];
  /** The organisation (or, for staff, production mode) requires a second factor the user has not set up. */
  enrolmentRequired: Scalars['Boolean']['output'];
  /** When the challenge ends (sign in again after). */
  expiresAt: Scalars['DateTime']['output'];
  /** The second factors the user has. */
  methods: Array<SecondFactorMethod>;
};

/** A kind of second factor. */
export type SecondFactorMethod =
  /** Answer with beginPasskeySignIn(challenge:) and finishPasskeySignIn. */
  | 'PASSKEY'
  /** One of the user’s one-time recovery codes. */
  | 'RECOVERY_CODE'
  /** A code from an authenticator app. */
  | 'TOTP';

/**
 * One of the vendor's own systems (billing, contracts) calling the API with a machine credential:
 * no person behind it, only the capabilities given, every use in the audit trail.
 */
export type ServiceAccount = {
  __typename?: 'ServiceAccount';
  /** What it may do. */
  capabilities: Array<BackOfficeCapability>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** When it last called the API (to the minute); null when never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** E.g. SAP billing. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When its secret was last set (created or rotated). */
  secretChangedAt: Scalars['DateTime']['output'];
};

/** The secret is shown once, here, and never again. */
export type ServiceAccountPayload = {
  __typename?: 'ServiceAccountPayload';
  /** Its secret (sa_…) in the answer to createServiceAccount and rotateServiceAccountSecret only. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The service account; null when refused. */
  serviceAccount?: Maybe<ServiceAccount>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A request for service on a device, followed from submission to closing. */
export type ServiceOrder = Node & {
  __typename?: 'ServiceOrder';
  /** Global id. */
  id: Scalars['ID']['output'];
};

/** A signed-in session. */
export type Session = {
  __typename?: 'Session';
  /** When the access token ends; refreshSession renews it. */
  expiresAt: Scalars['DateTime']['output'];
  /** Who signed in. */
  user: User;
};

/** Codes: NOT_FOUND (organizationId), INVALID_INPUT (costPerMinute). */
export type SetApiBudgetInput = {
  /** Query cost per minute for each API key, 1000 to 100000000; null returns to the default. */
  costPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** The organisation whose API keys get the budget. */
  organizationId: Scalars['ID']['input'];
};

/** Whether the caller gets one kind of notification. */
export type SetNotificationPreferenceInput = {
  /** Left out: the delivery chosen before (IMMEDIATE at first). */
  delivery?: InputMaybe<NotificationDelivery>;
  /** True to get it. */
  enabled: Scalars['Boolean']['input'];
  /** The kind of notification. */
  type: NotificationType;
};

export type Shipment = Node & {
  __typename?: 'Shipment';
  /** Global id. */
  id: Scalars['ID']['output'];
};

/** Codes: NOT_FOUND. */
export type SignOutSessionsPayload = {
  __typename?: 'SignOutSessionsPayload';
  /** How many sessions were signed out. */
  signedOut: Scalars['Int']['output'];
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** An organisation's OpenID Connect provider; users of its domains sign in there. */
export type SingleSignOn = {
  __typename?: 'SingleSignOn';
  /** The portal's client id at the provider; empty while no provider is set. */
  clientId: Scalars['String']['output'];
  /** Whether a client secret is stored; the secret itself is never shown. */
  clientSecretSet: Scalars['Boolean']['output'];
  /** The e-mail domains whose users sign in at the provider, alphabetically. */
  domains: Array<SingleSignOnDomain>;
  /** The provider's issuer URL; empty while only domains are verified and no provider is set. */
  issuer: Scalars['String']['output'];
  /** The organisation's users sign in only through the provider: no password sign-in or reset. */
  passwordsDisabled: Scalars['Boolean']['output'];
};

/** An e-mail domain whose users sign in at the organisation's provider. */
export type SingleSignOnDomain = {
  __typename?: 'SingleSignOnDomain';
  /** The domain, lower case, e.g. example.com. */
  domain: Scalars['String']['output'];
  /** How the domain was shown to be the organisation's. */
  verifiedBy: DomainVerification;
};

/** An organisation's single sign-on settings, replacing the stored ones. */
export type SingleSignOnInput = {
  /** The client id the provider gave the portal. */
  clientId: Scalars['String']['input'];
  /** Leave out to keep the stored secret; an empty string removes it (a public client). */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /**
   * E-mail domains whose users sign in at the provider. A domain qualifies when your own e-mail is
   * on it or the service centre confirmed it; one organisation per domain.
   */
  domains: Array<Scalars['String']['input']>;
  /** The provider's issuer URL (https), e.g. https://login.microsoftonline.com/<tenant>/v2.0. */
  issuer: Scalars['String']['input'];
  /**
   * true: the organisation's users sign in only through the provider (no password sign-in or
   * reset); refused with WOULD_LOCK_OUT unless your own e-mail's domain is among the domains.
   */
  passwordsDisabled: Scalars['Boolean']['input'];
};

/** Codes: INVALID_INPUT, TOO_MANY_ATTEMPTS, PROVIDER_UNREACHABLE. */
export type SingleSignOnStartPayload = {
  __typename?: 'SingleSignOnStartPayload';
  /** Send the browser here; null when the e-mail's domain does not use single sign-on (use the password). */
  authorizationUrl?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused; empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** What a service-centre user does. */
export type StaffRole =
  /** Handles customers’ accounts, orders and readings. */
  | 'SERVICE_AGENT'
  /** Plans technicians’ visits. */
  | 'SERVICE_PLANNER'
  /** Carries out the visits assigned to it. */
  | 'TECHNICIAN';

export type StockLocation = Node & {
  __typename?: 'StockLocation';
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Users assigned to it as Stock Manager (for those who see the location's stock). */
  managers: Array<User>;
};

/** The outcome of confirming an authenticator app. */
export type TotpConfirmationPayload = {
  __typename?: 'TotpConfirmationPayload';
  /** Ten single-use recovery codes, shown once, here; only their hashes are kept. */
  recoveryCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** When enrolling during sign-in (with a challenge): the session that sign-in opens. */
  signIn?: Maybe<AuthPayload>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/**
 * A new authenticator app secret, shown once, here: scan the QR code (SVG markup) or type the
 * secret. Nothing changes until confirmTotpEnrolment accepts a code from the app.
 */
export type TotpEnrolmentPayload = {
  __typename?: 'TotpEnrolmentPayload';
  /** The otpauth:// URI for the app. */
  otpauthUri?: Maybe<Scalars['String']['output']>;
  /** The URI as a QR code (SVG). */
  qrCodeSvg?: Maybe<Scalars['String']['output']>;
  /** The key, to type in by hand. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The outcome of an unsubscribe link. */
export type UnsubscribePayload = {
  __typename?: 'UnsubscribePayload';
  /** The type switched off; null when refused, or for a digest's link (every digest type off). */
  type?: Maybe<NotificationType>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Changes to the caller’s own profile; fields not given are kept. */
export type UpdateProfileInput = {
  /** da or en: the language of the e-mails we send. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The person’s full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** An empty string removes the phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a webhook endpoint; a field left out stays as it is. */
export type UpdateWebhookEndpointInput = {
  /** A new note, at most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** true enables a disabled endpoint again (pending messages resume). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The events it receives from now on; at least one. */
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  /** The endpoint's id. */
  id: Scalars['ID']['input'];
  /** A new address, checked as when creating. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  /** Devices assigned to the user as Device Manager. */
  assignedDevices: Array<Device>;
  /** Stock locations assigned to the user as Stock Manager, those the caller may see. */
  assignedStockLocations: Array<StockLocation>;
  /** The e-mail the user signs in with. */
  email: Scalars['String']['output'];
  /** The user’s roles, on which accounts. */
  grants: Array<RoleGrant>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Invited and not accepted yet: the invitation can be re-sent or withdrawn. */
  invitationPending: Scalars['Boolean']['output'];
  /** da or en: the language of the e-mails the user gets. */
  language: Scalars['String']['output'];
  /** The person’s full name. */
  name: Scalars['String']['output'];
  /** null for staff */
  organization?: Maybe<Organization>;
  /** A phone number the user gave in its profile; null when none. */
  phone?: Maybe<Scalars['String']['output']>;
  /** null for customers */
  staffRole?: Maybe<StaffRole>;
  /** Whether the user can sign in. */
  status: UserStatus;
  /** Whether the user signs in with an authenticator app code after the password. */
  twoFactorEnabled: Scalars['Boolean']['output'];
  /**
   * What the signed-in user may see and do, as the subgraphs decide it: on `me` only (null on any
   * other user). Clients show navigation and actions from these, never from roles.
   */
  viewerCan?: Maybe<ViewerPermissions>;
  /** Whether the caller may disable the user (the account's last Administrator is still refused). */
  viewerCanDisable: Scalars['Boolean']['output'];
  /** Whether the caller may grant and revoke the user's roles and assign it devices and stock locations. */
  viewerCanGrantRoles: Scalars['Boolean']['output'];
  /** Whether the caller may make the user its organisation's primary contact: an active Administrator. */
  viewerCanMakePrimaryContact: Scalars['Boolean']['output'];
};

/** A page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The users of this page, each with its cursor. */
  edges: Array<UserEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One user in a page, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/** A business-rule refusal of a mutation: what went wrong, on which input field, and what to do. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable, for programs: branch on it. */
  code: Scalars['String']['output'];
  /** The path of the input field at fault; null for the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** For people, in English; may change. */
  message: Scalars['String']['output'];
};

/** The result of a mutation on a user: the user, or the reasons it was refused. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** The user as it is now; null when the mutation was refused. */
  user?: Maybe<User>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** One of the caller's own signed-in browsers or tools. */
export type UserSession = {
  __typename?: 'UserSession';
  /** When it was signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** True for the session this request comes from. */
  current: Scalars['Boolean']['output'];
  /** When it ends unless renewed. */
  expiresAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
};

/** Whether a user can sign in. */
export type UserStatus =
  /** Can sign in. */
  | 'ACTIVE'
  /** Disabled by an Administrator; cannot sign in. */
  | 'DISABLED'
  /** Registered or invited, e-mail not yet confirmed. */
  | 'PENDING_CONFIRMATION';

/**
 * What the caller may see and do in the portal, from its staff role and grants (docs/domain.md's
 * roles tables). Each answer is the rule the owning subgraph applies: when it says false, the
 * operation is refused (FORBIDDEN) or answers nothing; when true, the caller may still be refused a
 * particular object (another account's device, an order not assigned to it).
 */
export type ViewerPermissions = {
  __typename?: 'ViewerPermissions';
  /** Approves, declines and dispatches toner shipments (toner subgraph): the Service agent. */
  approveShipments: Scalars['Boolean']['output'];
  /** Corrects a customer user's e-mail address on its behalf (identity): the Service agent. */
  correctUserEmails: Scalars['Boolean']['output'];
  /** Creates service orders (service-orders subgraph): the Service agent, Administrators, Device Managers. */
  createServiceOrders: Scalars['Boolean']['output'];
  /** Decommissions devices, e.g. on a customer's removal request (devices subgraph): the Service agent. */
  decommissionDevices: Scalars['Boolean']['output'];
  /** Finds customers' users by name, e-mail, organisation or account number (identity): agents and planners. */
  findCustomerUsers: Scalars['Boolean']['output'];
  /** How its organisation's users sign in: the second-factor requirement and single sign-on (identity): customers' Administrators. */
  manageOrganizationSignIn: Scalars['Boolean']['output'];
  /** When its organisation's meter reading reminders go out (meter-readings subgraph): customers' Administrators. */
  manageReadingReminders: Scalars['Boolean']['output'];
  /** Invites users and grants roles on its accounts (identity): customers' Administrators. */
  manageUsers: Scalars['Boolean']['output'];
  /** Webhook endpoints of the accounts it administers (identity): customers' Administrators. */
  manageWebhooks: Scalars['Boolean']['output'];
  /** Meter usage statements (meter-readings subgraph): customers' Administrators (of the accounts they administer), agents and planners. */
  requestUsageStatements: Scalars['Boolean']['output'];
  /** API keys (identity): customers' Administrators (their organisation's), agents and planners. */
  seeApiKeys: Scalars['Boolean']['output'];
  /** The identity audit trail: agents and planners. */
  seeAuditTrail: Scalars['Boolean']['output'];
  /** Accounts' credit status and payment history (identity): the Service agent. */
  seeCreditStatus: Scalars['Boolean']['output'];
  /** Decommissioned devices in device lists and look-ups (devices subgraph): staff; customers see only devices in service. */
  seeDecommissionedDevices: Scalars['Boolean']['output'];
  /** Devices (devices subgraph): staff, Administrators, Device Managers, Stock Managers (read-only). */
  seeDevices: Scalars['Boolean']['output'];
  /** Invoices and open balances (identity): customers' Administrators (of the accounts they administer) and the Service agent. */
  seeInvoices: Scalars['Boolean']['output'];
  /** Meter readings (meter-readings subgraph): agents, planners, Administrators, Device Managers. */
  seeMeterReadings: Scalars['Boolean']['output'];
  /** The service centre's order queue: staff (a technician's holds the orders assigned to it). */
  seeServiceOrderQueue: Scalars['Boolean']['output'];
  /** Service orders of its devices (service-orders subgraph): staff, Administrators, Device Managers. */
  seeServiceOrders: Scalars['Boolean']['output'];
  /** Stock locations, levels and shipments (toner subgraph): agents, planners, Administrators, assigned Stock Managers. */
  seeStock: Scalars['Boolean']['output'];
  /** An organisation's users (identity): its Administrators, agents and planners. */
  seeUsers: Scalars['Boolean']['output'];
  /** Submits meter readings, and sees which are due: the Service agent, Administrators, Device Managers. */
  submitMeterReadings: Scalars['Boolean']['output'];
  /** Writes, edits and retires help articles (knowledge subgraph): staff. */
  writeKnowledgeArticles: Scalars['Boolean']['output'];
};

/** One try to deliver a message. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** When it was sent. */
  attemptedAt: Scalars['DateTime']['output'];
  /** How long the attempt took, in milliseconds, until the answer or the failure. */
  durationMs: Scalars['Int']['output'];
  /** Why no answer came (timeout, refused address, connection error). */
  error?: Maybe<Scalars['String']['output']>;
  /** The first kilobyte of the answer's body. */
  responseExcerpt?: Maybe<Scalars['String']['output']>;
  /** The HTTP status; null when no answer came. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One message for an endpoint: one event, delivered at least once. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** How many times it was tried so far. */
  attemptCount: Scalars['Int']['output'];
  /** Oldest first. */
  attempts: Array<WebhookAttempt>;
  /** When the event happened and the message was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint accepted it (answered 2xx); null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event it carries. */
  eventType: WebhookEventType;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The webhook-id header: the same on every attempt, for receivers to deduplicate on. */
  messageId: Scalars['String']['output'];
  /** When it is tried next; null unless PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body as sent. */
  payload: Scalars['String']['output'];
  /** Where its delivery is. */
  status: WebhookDeliveryStatus;
};

/** A page of an endpoint's messages, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The messages of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether more pages follow, and their cursors. */
  pageInfo: PageInfo;
  /** How many messages the endpoint has in all. */
  totalCount: Scalars['Int']['output'];
};

/** One message on a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` to read on from this message. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: WebhookDelivery;
};

/** Where a webhook message is in its delivery. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Retried for the whole retry window without success. */
  | 'FAILED'
  /** Waiting for its next attempt (or for an older message of the same object). */
  | 'PENDING';

/** Why the portal disabled a webhook endpoint by itself. */
export type WebhookDisabledReason =
  /** A message was not accepted for as long as the portal retries (24 hours). */
  | 'PERSISTENT_FAILURE';

/**
 * A partner's endpoint that receives one account's events as signed HTTPS POSTs (the Standard
 * Webhooks specification: webhook-id, webhook-timestamp and webhook-signature headers).
 */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** The account whose events it receives. */
  account: Account;
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Messages for this endpoint, newest first, each with its attempts. */
  deliveries: WebhookDeliveryConnection;
  /** The Administrator's note on what it is for; empty when none. */
  description: Scalars['String']['output'];
  /** Why the portal disabled it; null when enabled or disabled by an Administrator. */
  disabledReason?: Maybe<WebhookDisabledReason>;
  /** false: nothing is sent; messages wait until it is enabled again. */
  enabled: Scalars['Boolean']['output'];
  /** The events it receives. */
  eventTypes: Array<WebhookEventType>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** After a rotation: until when the previous secret still signs too; null otherwise. */
  previousSecretExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the events are POSTed. */
  url: Scalars['String']['output'];
};


/**
 * A partner's endpoint that receives one account's events as signed HTTPS POSTs (the Standard
 * Webhooks specification: webhook-id, webhook-timestamp and webhook-signature headers).
 */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of a mutation on a webhook endpoint: the endpoint, or the reasons it was refused. */
export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  /** The endpoint as it is now (as it was, when deleted); null when refused. */
  endpoint?: Maybe<WebhookEndpoint>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The secret (whsec_…) is shown once, here, and never again. */
export type WebhookEndpointSecretPayload = {
  __typename?: 'WebhookEndpointSecretPayload';
  /** The endpoint as it is now; null when refused. */
  endpoint?: Maybe<WebhookEndpoint>;
  /** The signing secret (whsec_…); null when refused. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/**
 * What a webhook endpoint receives. The payload's `type` is the name in brackets; its `data` holds
 * what the account's Administrators read through the API anyway, under the API's ids.
 */
export type WebhookEventType =
  /** A device was registered on the account (device.registered). */
  | 'DEVICE_REGISTERED'
  /** A device's removal was requested or withdrawn, or it was decommissioned (device.status_changed). */
  | 'DEVICE_STATUS_CHANGED'
  /** A device's location, contract, e-Maintenance or stock location changed (device.updated). */
  | 'DEVICE_UPDATED'
  /** A meter reading was stored (meter_reading.accepted). */
  | 'METER_READING_ACCEPTED'
  /** The service centre corrected or voided a meter reading (meter_reading.corrected). */
  | 'METER_READING_CORRECTED'
  /** A service order of one of the account's devices moved to another status (service_order.status_changed). */
  | 'SERVICE_ORDER_STATUS_CHANGED'
  /** A toner shipment was created (shipment.created). */
  | 'SHIPMENT_CREATED'
  /** A toner shipment arrived (shipment.delivered). */
  | 'SHIPMENT_DELIVERED'
  /** A toner shipment left the warehouse (shipment.dispatched). */
  | 'SHIPMENT_DISPATCHED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Account: Account;
  Device: Device;
  KnowledgeArticle: KnowledgeArticle;
  MeterReading: MeterReading;
  Node: Node;
  Organization: Organization;
  ServiceOrder: ServiceOrder;
  Shipment: Shipment;
  StockLocation: StockLocation;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Device:
    ( { __typename: 'Device' }
    & GraphQLRecursivePick<FederationTypes['Device'], {"id":true}> );
  KnowledgeArticle:
    ( { __typename: 'KnowledgeArticle' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeArticle'], {"id":true}> );
  MeterReading:
    ( { __typename: 'MeterReading' }
    & GraphQLRecursivePick<FederationTypes['MeterReading'], {"id":true}> );
  Node:
    ( { __typename: 'Node' }
    & GraphQLRecursivePick<FederationTypes['Node'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  ServiceOrder:
    ( { __typename: 'ServiceOrder' }
    & GraphQLRecursivePick<FederationTypes['ServiceOrder'], {"id":true}> );
  Shipment:
    ( { __typename: 'Shipment' }
    & GraphQLRecursivePick<FederationTypes['Shipment'], {"id":true}> );
  StockLocation:
    ( { __typename: 'StockLocation' }
    & GraphQLRecursivePick<FederationTypes['StockLocation'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( AccountEntity )
    | ( DeviceRef )
    | ( NodeRef )
    | ( NodeRef )
    | ( OrganizationEntity )
    | ( NodeRef )
    | ( NodeRef )
    | ( StockLocationRef )
    | ( UserEntity )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Account: ResolverTypeWrapper<AccountEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountPayload: ResolverTypeWrapper<Omit<AccountPayload, 'account'> & { account?: Maybe<ResolversTypes['Account']> }>;
  ApiBudget: ResolverTypeWrapper<ApiBudgetEntity>;
  ApiKey: ResolverTypeWrapper<ApiKeyEntity>;
  ApiKeyPayload: ResolverTypeWrapper<Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  ApiKeyUsageDay: ResolverTypeWrapper<ApiKeyUsageEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AuditEvent: ResolverTypeWrapper<AuditEventEntity>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'session'> & { session?: Maybe<ResolversTypes['Session']> }>;
  BackOfficeCapability: BackOfficeCapability;
  ChangePasswordPayload: ResolverTypeWrapper<ChangePasswordPayload>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateSandboxInput: CreateSandboxInput;
  CreateServiceAccountInput: CreateServiceAccountInput;
  CreateStaffUserInput: CreateStaffUserInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreditStatus: CreditStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeprecatedFieldUse: ResolverTypeWrapper<DeprecatedFieldUse>;
  Device: ResolverTypeWrapper<DeviceRef>;
  DomainVerification: DomainVerification;
  InviteUserInput: InviteUserInput;
  Invoice: ResolverTypeWrapper<PaymentEntity>;
  InvoiceConnection: ResolverTypeWrapper<Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversTypes['InvoiceEdge']> }>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceLine: ResolverTypeWrapper<InvoiceLineEntity>;
  InvoiceLineInput: InvoiceLineInput;
  InvoicePayload: ResolverTypeWrapper<Omit<InvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  InvoiceStatus: InvoiceStatus;
  KnowledgeArticle: ResolverTypeWrapper<NodeRef>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  MeterReading: ResolverTypeWrapper<NodeRef>;
  MeterType: MeterType;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationView>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationDelivery: NotificationDelivery;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  NotificationPreferencesPayload: ResolverTypeWrapper<NotificationPreferencesPayload>;
  NotificationType: NotificationType;
  Organization: ResolverTypeWrapper<OrganizationEntity>;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Passkey: ResolverTypeWrapper<PasskeyEntity>;
  PasskeyOptionsPayload: ResolverTypeWrapper<PasskeyOptionsPayload>;
  PasskeyPayload: ResolverTypeWrapper<Omit<PasskeyPayload, 'passkey'> & { passkey?: Maybe<ResolversTypes['Passkey']> }>;
  Payment: ResolverTypeWrapper<PaymentEntity>;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentEdge']> }>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordInvoiceInput: RecordInvoiceInput;
  RecordPaymentInput: RecordPaymentInput;
  RecoveryCodesPayload: ResolverTypeWrapper<RecoveryCodesPayload>;
  RedeliverWebhookPayload: ResolverTypeWrapper<Omit<RedeliverWebhookPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['WebhookDelivery']> }>;
  RegisterInput: RegisterInput;
  RegisterPayload: ResolverTypeWrapper<RegisterPayload>;
  Role: Role;
  RoleGrant: ResolverTypeWrapper<Grant>;
  RoleGrantInput: RoleGrantInput;
  SandboxPayload: ResolverTypeWrapper<Omit<SandboxPayload, 'apiKey' | 'organization'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, organization?: Maybe<ResolversTypes['Organization']> }>;
  SecondFactorChallenge: ResolverTypeWrapper<SecondFactorChallenge>;
  SecondFactorMethod: SecondFactorMethod;
  ServiceAccount: ResolverTypeWrapper<ServiceAccountEntity>;
  ServiceAccountPayload: ResolverTypeWrapper<Omit<ServiceAccountPayload, 'serviceAccount'> & { serviceAccount?: Maybe<ResolversTypes['ServiceAccount']> }>;
  ServiceOrder: ResolverTypeWrapper<NodeRef>;
  Session: ResolverTypeWrapper<Omit<Session, 'user'> & { user: ResolversTypes['User'] }>;
  SetApiBudgetInput: SetApiBudgetInput;
  SetNotificationPreferenceInput: SetNotificationPreferenceInput;
  Shipment: ResolverTypeWrapper<NodeRef>;
  SignOutSessionsPayload: ResolverTypeWrapper<SignOutSessionsPayload>;
  SingleSignOn: ResolverTypeWrapper<SingleSignOn>;
  SingleSignOnDomain: ResolverTypeWrapper<SingleSignOnDomain>;
  SingleSignOnInput: SingleSignOnInput;
  SingleSignOnStartPayload: ResolverTypeWrapper<SingleSignOnStartPayload>;
  StaffRole: StaffRole;
  StockLocation: ResolverTypeWrapper<StockLocationRef>;
  TotpConfirmationPayload: ResolverTypeWrapper<Omit<TotpConfirmationPayload, 'signIn'> & { signIn?: Maybe<ResolversTypes['AuthPayload']> }>;
  TotpEnrolmentPayload: ResolverTypeWrapper<TotpEnrolmentPayload>;
  UnsubscribePayload: ResolverTypeWrapper<UnsubscribePayload>;
  UpdateProfileInput: UpdateProfileInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  User: ResolverTypeWrapper<UserEntity>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserPayload: ResolverTypeWrapper<Omit<UserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  UserSession: ResolverTypeWrapper<UserSession>;
  UserStatus: UserStatus;
  ViewerPermissions: ResolverTypeWrapper<ViewerPermissions>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptEntity>;
  WebhookDelivery: ResolverTypeWrapper<WebhookMessageEntity>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookDisabledReason: WebhookDisabledReason;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointEntity>;
  WebhookEndpointPayload: ResolverTypeWrapper<Omit<WebhookEndpointPayload, 'endpoint'> & { endpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  WebhookEndpointSecretPayload: ResolverTypeWrapper<Omit<WebhookEndpointSecretPayload, 'endpoint'> & { endpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  WebhookEventType: WebhookEventType;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Account: AccountEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AccountPayload: Omit<AccountPayload, 'account'> & { account?: Maybe<ResolversParentTypes['Account']> };
  ApiBudget: ApiBudgetEntity;
  ApiKey: ApiKeyEntity;
  ApiKeyPayload: Omit<ApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  ApiKeyUsageDay: ApiKeyUsageEntity;
  Float: Scalars['Float']['output'];
  AuditEvent: AuditEventEntity;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuthPayload: Omit<AuthPayload, 'session'> & { session?: Maybe<ResolversParentTypes['Session']> };
  ChangePasswordPayload: ChangePasswordPayload;
  Boolean: Scalars['Boolean']['output'];
  CreateSandboxInput: CreateSandboxInput;
  CreateServiceAccountInput: CreateServiceAccountInput;
  CreateStaffUserInput: CreateStaffUserInput;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeprecatedFieldUse: DeprecatedFieldUse;
  Device: DeviceRef;
  InviteUserInput: InviteUserInput;
  Invoice: PaymentEntity;
  InvoiceConnection: Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvoiceEdge']> };
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceLine: InvoiceLineEntity;
  InvoiceLineInput: InvoiceLineInput;
  InvoicePayload: Omit<InvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  KnowledgeArticle: NodeRef;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  MeterReading: NodeRef;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationView;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreference: NotificationPreference;
  NotificationPreferencesPayload: NotificationPreferencesPayload;
  Organization: OrganizationEntity;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  PageInfo: PageInfo;
  Passkey: PasskeyEntity;
  PasskeyOptionsPayload: PasskeyOptionsPayload;
  PasskeyPayload: Omit<PasskeyPayload, 'passkey'> & { passkey?: Maybe<ResolversParentTypes['Passkey']> };
  Payment: PaymentEntity;
  PaymentConnection: Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentEdge']> };
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  Query: Record<PropertyKey, never>;
  RecordInvoiceInput: RecordInvoiceInput;
  RecordPaymentInput: RecordPaymentInput;
  RecoveryCodesPayload: RecoveryCodesPayload;
  RedeliverWebhookPayload: Omit<RedeliverWebhookPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['WebhookDelivery']> };
  RegisterInput: RegisterInput;
  RegisterPayload: RegisterPayload;
  RoleGrant: Grant;
  RoleGrantInput: RoleGrantInput;
  SandboxPayload: Omit<SandboxPayload, 'apiKey' | 'organization'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, organization?: Maybe<ResolversParentTypes['Organization']> };
  SecondFactorChallenge: SecondFactorChallenge;
  ServiceAccount: ServiceAccountEntity;
  ServiceAccountPayload: Omit<ServiceAccountPayload, 'serviceAccount'> & { serviceAccount?: Maybe<ResolversParentTypes['ServiceAccount']> };
  ServiceOrder: NodeRef;
  Session: Omit<Session, 'user'> & { user: ResolversParentTypes['User'] };
  SetApiBudgetInput: SetApiBudgetInput;
  SetNotificationPreferenceInput: SetNotificationPreferenceInput;
  Shipment: NodeRef;
  SignOutSessionsPayload: SignOutSessionsPayload;
  SingleSignOn: SingleSignOn;
  SingleSignOnDomain: SingleSignOnDomain;
  SingleSignOnInput: SingleSignOnInput;
  SingleSignOnStartPayload: SingleSignOnStartPayload;
  StockLocation: StockLocationRef;
  TotpConfirmationPayload: Omit<TotpConfirmationPayload, 'signIn'> & { signIn?: Maybe<ResolversParentTypes['AuthPayload']> };
  TotpEnrolmentPayload: TotpEnrolmentPayload;
  UnsubscribePayload: UnsubscribePayload;
  UpdateProfileInput: UpdateProfileInput;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  User: UserEntity;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: UserError;
  UserPayload: Omit<UserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  UserSession: UserSession;
  ViewerPermissions: ViewerPermissions;
  WebhookAttempt: WebhookAttemptEntity;
  WebhookDelivery: WebhookMessageEntity;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEndpoint: WebhookEndpointEntity;
  WebhookEndpointPayload: Omit<WebhookEndpointPayload, 'endpoint'> & { endpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  WebhookEndpointSecretPayload: Omit<WebhookEndpointSecretPayload, 'endpoint'> & { endpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
}>;

export type AccountResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  creditStatus?: Resolver<Maybe<ResolversTypes['CreditStatus']>, ParentType, ContextType>;
  customerAccountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Maybe<ResolversTypes['InvoiceConnection']>, ParentType, ContextType, Partial<AccountInvoicesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openBalance?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  paymentHistory?: Resolver<Maybe<ResolversTypes['PaymentConnection']>, ParentType, ContextType, Partial<AccountPaymentHistoryArgs>>;
  systemAccountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AccountPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AccountPayload'] = ResolversParentTypes['AccountPayload']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ApiBudgetResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiBudget'] = ResolversParentTypes['ApiBudget']> = ResolversObject<{
  costPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  usage?: Resolver<Array<ResolversTypes['ApiKeyUsageDay']>, ParentType, ContextType, RequireFields<ApiKeyUsageArgs, 'days'>>;
}>;

export type ApiKeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKeyPayload'] = ResolversParentTypes['ApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ApiKeyUsageDayResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiKeyUsageDay'] = ResolversParentTypes['ApiKeyUsageDay']> = ResolversObject<{
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deprecatedFields?: Resolver<Array<ResolversTypes['DeprecatedFieldUse']>, ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secondFactor?: Resolver<Maybe<ResolversTypes['SecondFactorChallenge']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ChangePasswordPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedOutSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeprecatedFieldUseResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeprecatedFieldUse'] = ResolversParentTypes['DeprecatedFieldUse']> = ResolversObject<{
  coordinate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeviceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device'], FederationReferenceType extends FederationReferenceTypes['Device'] = FederationReferenceTypes['Device']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Device']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  managers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  invoiceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  openAmount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
}>;

export type InvoiceConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvoiceConnection'] = ResolversParentTypes['InvoiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InvoiceEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvoiceEdge'] = ResolversParentTypes['InvoiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
}>;

export type InvoiceLineResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  meter?: Resolver<Maybe<ResolversTypes['MeterType']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serialNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type InvoicePayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvoicePayload'] = ResolversParentTypes['InvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type KnowledgeArticleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['KnowledgeArticle'] = ResolversParentTypes['KnowledgeArticle'], FederationReferenceType extends FederationReferenceTypes['KnowledgeArticle'] = FederationReferenceTypes['KnowledgeArticle']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeArticle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MarkNotificationsReadPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = ResolversObject<{
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MeterReadingResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['MeterReading'] = ResolversParentTypes['MeterReading'], FederationReferenceType extends FederationReferenceTypes['MeterReading'] = FederationReferenceTypes['MeterReading']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MeterReading']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'password' | 'token'>>;
  assignDevices?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationAssignDevicesArgs, 'deviceIds' | 'userId'>>;
  assignStockLocations?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationAssignStockLocationsArgs, 'stockLocationIds' | 'userId'>>;
  beginPasskeyRegistration?: Resolver<ResolversTypes['PasskeyOptionsPayload'], ParentType, ContextType>;
  beginPasskeySignIn?: Resolver<ResolversTypes['PasskeyOptionsPayload'], ParentType, ContextType, Partial<MutationBeginPasskeySignInArgs>>;
  beginSingleSignOn?: Resolver<ResolversTypes['SingleSignOnStartPayload'], ParentType, ContextType, RequireFields<MutationBeginSingleSignOnArgs, 'email'>>;
  beginTotpEnrolment?: Resolver<ResolversTypes['TotpEnrolmentPayload'], ParentType, ContextType, Partial<MutationBeginTotpEnrolmentArgs>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  configureSingleSignOn?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationConfigureSingleSignOnArgs, 'input'>>;
  confirmEmail?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationConfirmEmailArgs, 'token'>>;
  confirmTotpEnrolment?: Resolver<ResolversTypes['TotpConfirmationPayload'], ParentType, ContextType, RequireFields<MutationConfirmTotpEnrolmentArgs, 'code'>>;
  correctUserEmail?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationCorrectUserEmailArgs, 'email' | 'userId'>>;
  createApiKey?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'grants' | 'name'>>;
  createSandbox?: Resolver<ResolversTypes['SandboxPayload'], ParentType, ContextType, RequireFields<MutationCreateSandboxArgs, 'input'>>;
  createServiceAccount?: Resolver<ResolversTypes['ServiceAccountPayload'], ParentType, ContextType, RequireFields<MutationCreateServiceAccountArgs, 'input'>>;
  createStaffUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationCreateStaffUserArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointSecretPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'id'>>;
  disableUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'userId'>>;
  enableUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationEnableUserArgs, 'userId'>>;
  finishPasskeyRegistration?: Resolver<ResolversTypes['PasskeyPayload'], ParentType, ContextType, RequireFields<MutationFinishPasskeyRegistrationArgs, 'ceremony' | 'response'>>;
  finishPasskeySignIn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationFinishPasskeySignInArgs, 'ceremony' | 'response'>>;
  finishSingleSignOn?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationFinishSingleSignOnArgs, 'callbackUrl'>>;
  grantRole?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'grant' | 'userId'>>;
  inviteUser?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationInviteUserArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  recordInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationRecordInvoiceArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['RedeliverWebhookPayload'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'deliveryId'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, Partial<MutationRefreshSessionArgs>>;
  regenerateRecoveryCodes?: Resolver<ResolversTypes['RecoveryCodesPayload'], ParentType, ContextType, RequireFields<MutationRegenerateRecoveryCodesArgs, 'code'>>;
  register?: Resolver<ResolversTypes['RegisterPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  removePasskey?: Resolver<ResolversTypes['PasskeyPayload'], ParentType, ContextType, RequireFields<MutationRemovePasskeyArgs, 'id'>>;
  removeSingleSignOn?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType>;
  removeTotp?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationRemoveTotpArgs, 'code'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resendConfirmation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResendConfirmationArgs, 'email'>>;
  resendInvitation?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationResendInvitationArgs, 'userId'>>;
  resetPassword?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'password' | 'token'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'userId'>>;
  revokeRole?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'grant' | 'userId'>>;
  revokeServiceAccount?: Resolver<ResolversTypes['ServiceAccountPayload'], ParentType, ContextType, RequireFields<MutationRevokeServiceAccountArgs, 'id'>>;
  rotateServiceAccountSecret?: Resolver<ResolversTypes['ServiceAccountPayload'], ParentType, ContextType, RequireFields<MutationRotateServiceAccountSecretArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookEndpointSecretPayload'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  setApiBudget?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationSetApiBudgetArgs, 'input'>>;
  setCreditStatus?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationSetCreditStatusArgs, 'accountId' | 'creditStatus'>>;
  setNotificationPreference?: Resolver<ResolversTypes['NotificationPreferencesPayload'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferenceArgs, 'input'>>;
  setOrganizationTwoFactorRequired?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationSetOrganizationTwoFactorRequiredArgs, 'required'>>;
  setPrimaryContact?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationSetPrimaryContactArgs, 'userId'>>;
  signOutAllSessions?: Resolver<ResolversTypes['SignOutSessionsPayload'], ParentType, ContextType, Partial<MutationSignOutAllSessionsArgs>>;
  signOutSession?: Resolver<ResolversTypes['SignOutSessionsPayload'], ParentType, ContextType, RequireFields<MutationSignOutSessionArgs, 'sessionId'>>;
  unassignDevices?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationUnassignDevicesArgs, 'deviceIds' | 'userId'>>;
  unassignStockLocations?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationUnassignStockLocationsArgs, 'stockLocationIds' | 'userId'>>;
  unsubscribeNotifications?: Resolver<ResolversTypes['UnsubscribePayload'], ParentType, ContextType, RequireFields<MutationUnsubscribeNotificationsArgs, 'token'>>;
  updateProfile?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpointPayload'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'input'>>;
  verifySecondFactor?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationVerifySecondFactorArgs, 'challenge' | 'code'>>;
  verifySingleSignOnDomain?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationVerifySingleSignOnDomainArgs, 'domain' | 'organizationId'>>;
}>;

export type NodeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node'], FederationReferenceType extends FederationReferenceTypes['Node'] = FederationReferenceTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Account' | 'Device' | 'KnowledgeArticle' | 'MeterReading' | 'Organization' | 'ServiceOrder' | 'Shipment' | 'StockLocation' | 'User', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Node']> | FederationReferenceType, FederationReferenceType, ContextType>;
}>;

export type NotificationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type NotificationPreferenceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = ResolversObject<{
  defaultEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['NotificationDelivery'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NotificationType'], ParentType, ContextType>;
}>;

export type NotificationPreferencesPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['NotificationPreferencesPayload'] = ResolversParentTypes['NotificationPreferencesPayload']> = ResolversObject<{
  preferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  apiBudget?: Resolver<Maybe<ResolversTypes['ApiBudget']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryContact?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  sandbox?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleSignOn?: Resolver<Maybe<ResolversTypes['SingleSignOn']>, ParentType, ContextType>;
  twoFactorRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, Partial<OrganizationUsersArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PasskeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Passkey'] = ResolversParentTypes['Passkey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PasskeyOptionsPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PasskeyOptionsPayload'] = ResolversParentTypes['PasskeyOptionsPayload']> = ResolversObject<{
  ceremony?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  options?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PasskeyPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PasskeyPayload'] = ResolversParentTypes['PasskeyPayload']> = ResolversObject<{
  passkey?: Resolver<Maybe<ResolversTypes['Passkey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invoiceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  invoiceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PaymentEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditTrailArgs>>;
  currentApiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  customerUsers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryCustomerUsersArgs, 'search'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  mySessions?: Resolver<Array<ResolversTypes['UserSession']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  notificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<QueryNotificationsArgs>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  passkeys?: Resolver<Array<ResolversTypes['Passkey']>, ParentType, ContextType>;
  serviceAccounts?: Resolver<Array<ResolversTypes['ServiceAccount']>, ParentType, ContextType>;
  staffUsers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, Partial<QueryStaffUsersArgs>>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, Partial<QueryWebhookEndpointsArgs>>;
}>;

export type RecoveryCodesPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RecoveryCodesPayload'] = ResolversParentTypes['RecoveryCodesPayload']> = ResolversObject<{
  recoveryCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RedeliverWebhookPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RedeliverWebhookPayload'] = ResolversParentTypes['RedeliverWebhookPayload']> = ResolversObject<{
  delivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RegisterPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RegisterPayload'] = ResolversParentTypes['RegisterPayload']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RoleGrantResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RoleGrant'] = ResolversParentTypes['RoleGrant']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type SandboxPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SandboxPayload'] = ResolversParentTypes['SandboxPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signInEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SecondFactorChallengeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SecondFactorChallenge'] = ResolversParentTypes['SecondFactorChallenge']> = ResolversObject<{
  challenge?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolmentRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  methods?: Resolver<Array<ResolversTypes['SecondFactorMethod']>, ParentType, ContextType>;
}>;

export type ServiceAccountResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ServiceAccount'] = ResolversParentTypes['ServiceAccount']> = ResolversObject<{
  capabilities?: Resolver<Array<ResolversTypes['BackOfficeCapability']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  secretChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ServiceAccountPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ServiceAccountPayload'] = ResolversParentTypes['ServiceAccountPayload']> = ResolversObject<{
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceAccount?: Resolver<Maybe<ResolversTypes['ServiceAccount']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ServiceOrderResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ServiceOrder'] = ResolversParentTypes['ServiceOrder'], FederationReferenceType extends FederationReferenceTypes['ServiceOrder'] = FederationReferenceTypes['ServiceOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ShipmentResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'], FederationReferenceType extends FederationReferenceTypes['Shipment'] = FederationReferenceTypes['Shipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Shipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignOutSessionsPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SignOutSessionsPayload'] = ResolversParentTypes['SignOutSessionsPayload']> = ResolversObject<{
  signedOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SingleSignOnResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SingleSignOn'] = ResolversParentTypes['SingleSignOn']> = ResolversObject<{
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientSecretSet?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SingleSignOnDomain']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passwordsDisabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SingleSignOnDomainResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SingleSignOnDomain'] = ResolversParentTypes['SingleSignOnDomain']> = ResolversObject<{
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verifiedBy?: Resolver<ResolversTypes['DomainVerification'], ParentType, ContextType>;
}>;

export type SingleSignOnStartPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SingleSignOnStartPayload'] = ResolversParentTypes['SingleSignOnStartPayload']> = ResolversObject<{
  authorizationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockLocationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['StockLocation'] = ResolversParentTypes['StockLocation'], FederationReferenceType extends FederationReferenceTypes['StockLocation'] = FederationReferenceTypes['StockLocation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StockLocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  managers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TotpConfirmationPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TotpConfirmationPayload'] = ResolversParentTypes['TotpConfirmationPayload']> = ResolversObject<{
  recoveryCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  signIn?: Resolver<Maybe<ResolversTypes['AuthPayload']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TotpEnrolmentPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['TotpEnrolmentPayload'] = ResolversParentTypes['TotpEnrolmentPayload']> = ResolversObject<{
  otpauthUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qrCodeSvg?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UnsubscribePayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UnsubscribePayload'] = ResolversParentTypes['UnsubscribePayload']> = ResolversObject<{
  type?: Resolver<Maybe<ResolversTypes['NotificationType']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedDevices?: Resolver<Array<ResolversTypes['Device']>, ParentType, ContextType>;
  assignedStockLocations?: Resolver<Array<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitationPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staffRole?: Resolver<Maybe<ResolversTypes['StaffRole']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UserStatus'], ParentType, ContextType>;
  twoFactorEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCan?: Resolver<Maybe<ResolversTypes['ViewerPermissions']>, ParentType, ContextType>;
  viewerCanDisable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanGrantRoles?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanMakePrimaryContact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserPayload'] = ResolversParentTypes['UserPayload']> = ResolversObject<{
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserSessionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserSession'] = ResolversParentTypes['UserSession']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ViewerPermissionsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ViewerPermissions'] = ResolversParentTypes['ViewerPermissions']> = ResolversObject<{
  approveShipments?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  correctUserEmails?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createServiceOrders?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decommissionDevices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  findCustomerUsers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageOrganizationSignIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageReadingReminders?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageUsers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  manageWebhooks?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestUsageStatements?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeApiKeys?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeAuditTrail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeCreditStatus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeDecommissionedDevices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeDevices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeInvoices?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeMeterReadings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeServiceOrderQueue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeServiceOrders?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seeUsers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submitMeterReadings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  writeKnowledgeArticles?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WebhookAttemptResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['WebhookEventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookEndpointDeliveriesArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['WebhookDisabledReason']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookEndpointPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookEndpointPayload'] = ResolversParentTypes['WebhookEndpointPayload']> = ResolversObject<{
  endpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type WebhookEndpointSecretPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookEndpointSecretPayload'] = ResolversParentTypes['WebhookEndpointSecretPayload']> = ResolversObject<{
  endpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  AccountPayload?: AccountPayloadResolvers<ContextType>;
  ApiBudget?: ApiBudgetResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyPayload?: ApiKeyPayloadResolvers<ContextType>;
  ApiKeyUsageDay?: ApiKeyUsageDayResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeprecatedFieldUse?: DeprecatedFieldUseResolvers<ContextType>;
  Device?: DeviceResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  InvoicePayload?: InvoicePayloadResolvers<ContextType>;
  KnowledgeArticle?: KnowledgeArticleResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  MeterReading?: MeterReadingResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  NotificationPreferencesPayload?: NotificationPreferencesPayloadResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Passkey?: PasskeyResolvers<ContextType>;
  PasskeyOptionsPayload?: PasskeyOptionsPayloadResolvers<ContextType>;
  PasskeyPayload?: PasskeyPayloadResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecoveryCodesPayload?: RecoveryCodesPayloadResolvers<ContextType>;
  RedeliverWebhookPayload?: RedeliverWebhookPayloadResolvers<ContextType>;
  RegisterPayload?: RegisterPayloadResolvers<ContextType>;
  RoleGrant?: RoleGrantResolvers<ContextType>;
  SandboxPayload?: SandboxPayloadResolvers<ContextType>;
  SecondFactorChallenge?: SecondFactorChallengeResolvers<ContextType>;
  ServiceAccount?: ServiceAccountResolvers<ContextType>;
  ServiceAccountPayload?: ServiceAccountPayloadResolvers<ContextType>;
  ServiceOrder?: ServiceOrderResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  SignOutSessionsPayload?: SignOutSessionsPayloadResolvers<ContextType>;
  SingleSignOn?: SingleSignOnResolvers<ContextType>;
  SingleSignOnDomain?: SingleSignOnDomainResolvers<ContextType>;
  SingleSignOnStartPayload?: SingleSignOnStartPayloadResolvers<ContextType>;
  StockLocation?: StockLocationResolvers<ContextType>;
  TotpConfirmationPayload?: TotpConfirmationPayloadResolvers<ContextType>;
  TotpEnrolmentPayload?: TotpEnrolmentPayloadResolvers<ContextType>;
  UnsubscribePayload?: UnsubscribePayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
  UserSession?: UserSessionResolvers<ContextType>;
  ViewerPermissions?: ViewerPermissionsResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointPayload?: WebhookEndpointPayloadResolvers<ContextType>;
  WebhookEndpointSecretPayload?: WebhookEndpointSecretPayloadResolvers<ContextType>;
}>;

