/**
 * The expected outcome of every root field of the supergraph for every kind of principal, read
 * by `authorisation-matrix.test.ts`. A new root field without a row here fails that test.
 *
 * A row run by the suite gives one string per principal, in PRINCIPALS order, of one outcome per
 * target, in TARGETS order:
 *   +  the caller gets the object (or it is in the list)
 *   N  "not found": null, missing from the list, or userErrors NOT_FOUND; exactly what an id
 *      that does not exist gets
 *   F  FORBIDDEN: the role never may, whatever the object
 *   U  UNAUTHENTICATED
 * A row "pinned by" another suite points at the matrix that already runs that field against
 * every role and own / foreign objects; the suite checks that file still exercises the field.
 */

export const PRINCIPALS = [
  'Administrator',
  'Device Manager',
  'Stock Manager',
  'Self-Service user',
  'Service agent',
  'Service planner',
  'Technician',
  'API key',
  'anonymous',
] as const;
export type PrincipalKind = (typeof PRINCIPALS)[number];

/**
 * own: the caller's organisation's object, assigned to the Device / Stock Manager; other:
 * another organisation's; unassigned: the caller's organisation's, assigned to nobody the
 * caller is (for an Administrator or staff no different from own).
 */
export const TARGETS = ['own', 'other', 'unassigned'] as const;
export type TargetKind = (typeof TARGETS)[number];

export type Cells = string; // three of + N F U
type Row = [Cells, Cells, Cells, Cells, Cells, Cells, Cells, Cells, Cells];
export type Entry = { run: Row } | { pinnedBy: string | string[] };

// Columns:              Administrator  Device Mgr  Stock Mgr  Self-Service  agent   planner  technician  API key  anonymous
// A technician sees the devices of the orders assigned to it: the own target's (NP1000001).
const devices: Row = ['+N+', '+NN', '+NN', 'NNN', '+++', '+++', '+NN', '+N+', 'UUU'];
// A technician's work is the orders assigned to it: the own target's order is Tobias's.
const orders: Row = ['+N+', '+NN', 'NNN', 'NNN', '+++', '+++', '+NN', '+N+', 'UUU'];
// Billing readings are no part of a technician's work.
const readings: Row = ['+N+', '+NN', 'NNN', 'NNN', '+++', '+++', 'NNN', '+N+', 'UUU'];
// Technicians' work needs no stock.
const stock: Row = ['+N+', 'NNN', '+NN', 'NNN', '+++', '+++', 'NNN', '+N+', 'UUU'];
const everySignedIn: Row = ['+++', '+++', '+++', '+++', '+++', '+++', '+++', '+++', 'UUU'];
// Anonymous callers get an empty list; customers the accounts they hold grants on.
const accounts: Row = ['+N+', '+NN', '+NN', '+NN', '+++', '+++', '+++', '+N+', 'NNN'];
// node(id:) of anything for an anonymous caller is null, as for an id that does not exist.
const anonymousNull = (row: Row): Row => [...row.slice(0, 8), 'NNN'] as Row;

// Password reset and change, profile, sessions, invitations and re-enabling: every kind of
// caller x own / other organisation's user, in that suite's "who may" table.
const ACCOUNTS = 'services/identity/test/accounts.test.ts';
const CORRECTIONS = 'services/meter-readings/test/meter-readings-corrections.test.ts';
// The organisation's reading reminder lead time: its Administrators' (every kind of caller).
const REMINDERS = 'tests/system/notification-triggers.test.ts';
const SINGLE_SIGN_ON = 'services/identity/test/single-sign-on.test.ts';
const WEBHOOKS = 'tests/system/webhooks.test.ts';
const ANALYTICS = 'tests/system/analytics.test.ts';

export const QUERY_MATRIX: Record<string, Entry> = {
  devices: { run: devices },
  device: { run: devices },
  deviceBySerialNumber: { run: devices },
  deviceModels: { run: everySignedIn },
  me: { run: ['+++', '+++', '+++', '+++', '+++', '+++', '+++', 'NNN', 'NNN'] },
  organization: { run: ['+N+', '+N+', '+N+', '+N+', 'NNN', 'NNN', 'NNN', '+N+', 'NNN'] },
  accounts: { run: accounts },
  node: { pinnedBy: 'NODE_MATRIX below' },
  // Staff read everything, the organisations' API keys (names, never secrets) too.
  // Agents and planners only: a technician's work (its assigned orders) needs neither.
  apiKeys: { run: ['+++', 'FFF', 'FFF', 'FFF', '+++', '+++', 'FFF', 'FFF', 'UUU'] },
  // A key's own "who am I": the key alone gets an answer, everyone else null.
  currentApiKey: { run: ['NNN', 'NNN', 'NNN', 'NNN', 'NNN', 'NNN', 'NNN', '+++', 'NNN'] },
  // Service accounts (names and capabilities, never secrets): the Service agent only.
  serviceAccounts: { pinnedBy: 'services/identity/test/identity-authorisation.test.ts' },
  auditTrail: { run: ['FFF', 'FFF', 'FFF', 'FFF', '+++', '+++', 'FFF', 'FFF', 'UUU'] },
  // The service centre's own users (the planner picks technicians): agents and planners.
  staffUsers: { run: ['FFF', 'FFF', 'FFF', 'FFF', '+++', '+++', 'FFF', 'FFF', 'UUU'] },
  // Finding a customer's users on the phone: agents and planners, every organisation's.
  customerUsers: { run: ['FFF', 'FFF', 'FFF', 'FFF', '+++', '+++', 'FFF', 'FFF', 'UUU'] },
  // The signed-in user's own passkeys only (another user's: passkeys.test.ts); keys have none.
  passkeys: { run: ['+++', '+++', '+++', '+++', '+++', '+++', '+++', 'FFF', 'UUU'] },
  knowledgeArticles: { run: everySignedIn },
  knowledgeArticle: { run: everySignedIn },
  knowledgeSuggestions: { run: everySignedIn },
  // Only for who may submit readings: planners and technicians never do.
  meterReadingsDue: { run: ['+N+', '+NN', 'NNN', 'NNN', '+++', 'FFF', 'FFF', '+N+', 'UUU'] },
  // Staff only: every customer role FORBIDDEN, staff see every organisation's.
  meterReadingsToReview: { pinnedBy: CORRECTIONS },
  serviceOrders: { run: orders },
  serviceOrder: { run: orders },
  stockLocations: { run: stock },
  stockLocation: { run: stock },
  shipments: { run: stock },
  shipment: { run: stock },
  // Analytics follow what the caller reads: readings (volume), orders (response times, but
  // not a technician, whose work is its own orders) and stock (replenishment).
  printVolume: { run: readings },
  meterReadingsMissing: { pinnedBy: ANALYTICS },
  serviceOrderAnalytics: { run: readings },
  replenishmentAnalytics: { run: stock },
  // A background export: its requester's only (null for anyone else, even of its organisation);
  // who gets which rows, per role and organisation, is run in the analytics suite.
  meterReadingExport: { pinnedBy: ANALYTICS },
  deviceExport: { pinnedBy: ANALYTICS },
  serviceOrderExport: { pinnedBy: ANALYTICS },
  shipmentExport: { pinnedBy: ANALYTICS },
  // A user's own sessions: every signed-in user; an API key has none (FORBIDDEN).
  mySessions: { run: ['+++', '+++', '+++', '+++', '+++', '+++', '+++', 'FFF', 'UUU'] },
  // A user's own notifications only; API keys have none (FORBIDDEN).
  notifications: { pinnedBy: 'tests/system/notifications.test.ts' },
  notificationPreferences: {
    run: ['+++', '+++', '+++', '+++', '+++', '+++', '+++', 'FFF', 'UUU'],
  },
  // The organisation's reading reminder lead time: its Administrators (and keys acting as one).
  meterReadingReminderDays: {
    run: ['+++', 'FFF', 'FFF', 'FFF', 'FFF', 'FFF', 'FFF', '+++', 'UUU'],
  },
  // Administrators (users or API keys) of the endpoint's account; every other role FORBIDDEN,
  // another organisation's endpoint null.
  webhookEndpoints: { pinnedBy: WEBHOOKS },
  webhookEndpoint: { pinnedBy: WEBHOOKS },
};

/** node(id:) for an object of every type that implements Node. */
export const NODE_MATRIX: Record<string, Row> = {
  Organization: anonymousNull(['+N+', '+N+', '+N+', '+N+', '+++', '+++', '+++', '+N+', '']),
  // Any account of the caller's organisation, as Organization.accounts shows them.
  Account: anonymousNull(['+N+', '+N+', '+N+', '+N+', '+++', '+++', '+++', '+N+', '']),
  // Users of the organisation: its Administrators (and API keys acting as one) and staff; the
  // own target is the Self-Service user, who sees itself.
  // A technician sees its colleagues, not customers' users.
  User: anonymousNull(['+N+', 'NNN', 'NNN', '+NN', '+++', '+++', 'NNN', '+N+', '']),
  Device: anonymousNull(devices),
  ServiceOrder: anonymousNull(orders),
  MeterReading: anonymousNull(readings),
  StockLocation: anonymousNull(stock),
  Shipment: anonymousNull(stock),
  KnowledgeArticle: anonymousNull(everySignedIn),
};

/** Fields below a root field the caller may reach: the parent visible, the child perhaps not. */
export const NESTED_MATRIX: Record<string, Row> = {
  'Device.serviceOrders': orders,
  'Device.latestMeterReading': readings,
  // The unassigned device (NP1000004) has no stock location: N for everyone.
  'Device.stockLocation': ['+NN', 'NNN', '+NN', 'NNN', '++N', '++N', 'NNN', '+NN', 'UUU'],
  // Only the staff who handle accounts (agents) see credit status: refused to anyone else.
  'Account.creditStatus': ['FFF', 'FFF', 'FFF', 'FFF', '+++', 'FFF', 'FFF', 'FFF', 'NNN'],
  // Invoices and the open balance: the account's Administrators (and keys acting as one) and
  // agents; every other role FORBIDDEN (another organisation's accounts are never listed).
  'Account.invoices': ['+N+', 'FFF', 'FFF', 'FFF', '+++', 'FFF', 'FFF', '+N+', 'NNN'],
  'Account.openBalance': ['+N+', 'FFF', 'FFF', 'FFF', '+++', 'FFF', 'FFF', '+N+', 'NNN'],
};

const DEVICE_MATRIX = 'services/devices/test/device-access-matrix.test.ts';
const IDENTITY_MATRIX = 'services/identity/test/identity-authorisation.test.ts';
const TWO_FACTOR = 'services/identity/test/two-factor.test.ts';
const PASSKEYS = 'services/identity/test/passkeys.test.ts';
const TONER_MATRIX = 'services/toner/test/toner-access-matrix.test.ts';
const ORDER_MATRIX = 'services/service-orders/test/service-order-transitions.test.ts';
const ORDER_API = 'packages/testkit/src/service-orders.ts';
const READINGS = 'services/meter-readings/test/meter-readings.test.ts';

export const MUTATION_MATRIX: Record<string, Entry> = {
  // Every signed-in caller may ask (UNAUTHENTICATED otherwise); the file holds what the
  // caller sees in the matching list or analytics, run per role in the analytics suite.
  exportMeterReadings: { pinnedBy: ANALYTICS },
  exportDevices: { pinnedBy: ANALYTICS },
  exportServiceOrders: { pinnedBy: ANALYTICS },
  exportShipments: { pinnedBy: ANALYTICS },
  // The account's Administrators, agents and planners; anyone else NOT_FOUND, as for no account.
  requestMeterUsageStatement: { pinnedBy: ANALYTICS },
  markNotificationsRead: { pinnedBy: 'tests/system/notifications.test.ts' },
  setNotificationPreference: { pinnedBy: 'tests/system/notifications.test.ts' },
  // Administrators of the account; other roles FORBIDDEN; another organisation's NOT_FOUND.
  createWebhookEndpoint: { pinnedBy: WEBHOOKS },
  updateWebhookEndpoint: { pinnedBy: WEBHOOKS },
  rotateWebhookSecret: { pinnedBy: WEBHOOKS },
  deleteWebhookEndpoint: { pinnedBy: WEBHOOKS },
  redeliverWebhook: { pinnedBy: WEBHOOKS },
  // No sign-in: the mail's unsubscribe token is the authority (one type of one user, off).
  unsubscribeNotifications: { pinnedBy: 'tests/system/notifications.test.ts' },
  updateDeviceLocation: { pinnedBy: DEVICE_MATRIX },
  requestDeviceRemoval: { pinnedBy: DEVICE_MATRIX },
  withdrawDeviceRemovalRequest: { pinnedBy: DEVICE_MATRIX },
  decommissionDevice: { pinnedBy: DEVICE_MATRIX },
  registerDevice: { pinnedBy: DEVICE_MATRIX },
  updateDeviceContract: { pinnedBy: DEVICE_MATRIX },
  setDeviceEMaintenance: { pinnedBy: DEVICE_MATRIX },
  linkDeviceStockLocation: { pinnedBy: DEVICE_MATRIX },
  grantRole: { pinnedBy: IDENTITY_MATRIX },
  revokeRole: { pinnedBy: IDENTITY_MATRIX },
  assignDevices: { pinnedBy: IDENTITY_MATRIX },
  unassignDevices: { pinnedBy: IDENTITY_MATRIX },
  setPrimaryContact: { pinnedBy: IDENTITY_MATRIX },
  inviteUser: { pinnedBy: IDENTITY_MATRIX },
  createApiKey: { pinnedBy: IDENTITY_MATRIX },
  // The vendor's systems: agents create, rotate and revoke service accounts; a service account
  // with BILLING records invoices, payments and credit status (every other caller FORBIDDEN).
  createServiceAccount: { pinnedBy: IDENTITY_MATRIX },
  rotateServiceAccountSecret: { pinnedBy: IDENTITY_MATRIX },
  revokeServiceAccount: { pinnedBy: IDENTITY_MATRIX },
  recordInvoice: { pinnedBy: IDENTITY_MATRIX },
  recordPayment: { pinnedBy: IDENTITY_MATRIX },
  setCreditStatus: { pinnedBy: IDENTITY_MATRIX },
  // Service agents set an organisation's fair-use budget; an Administrator is FORBIDDEN.
  setApiBudget: { pinnedBy: 'gateway/test/fair-use.test.ts' },
  // An Administrator of a real organisation; every other role, staff, keys, a sandbox's own
  // users are FORBIDDEN, anonymous UNAUTHENTICATED; the limit per creator.
  createSandbox: { pinnedBy: 'tests/system/sandbox.test.ts' },
  createStaffUser: { pinnedBy: IDENTITY_MATRIX },
  correctUserEmail: { pinnedBy: IDENTITY_MATRIX },
  createStockLocation: { pinnedBy: TONER_MATRIX },
  updateStockLocation: { pinnedBy: TONER_MATRIX },
  recordStockCount: { pinnedBy: TONER_MATRIX },
  reportTonerLow: { pinnedBy: TONER_MATRIX },
  dispatchShipment: { pinnedBy: TONER_MATRIX },
  confirmShipmentDelivered: { pinnedBy: TONER_MATRIX },
  undoShipmentDelivery: { pinnedBy: TONER_MATRIX },
  requestToner: { pinnedBy: TONER_MATRIX },
  approveShipment: { pinnedBy: TONER_MATRIX },
  declineShipment: { pinnedBy: TONER_MATRIX },
  setStockLevelTargets: { pinnedBy: TONER_MATRIX },
  // Every role x every transition x own / other organisation's order, and who may create.
  createServiceOrder: {
    pinnedBy: [ORDER_MATRIX, ORDER_API, 'services/service-orders/test/service-orders.test.ts'],
  },
  cancelServiceOrder: { pinnedBy: [ORDER_MATRIX, ORDER_API] },
  commentOnServiceOrder: { pinnedBy: [ORDER_MATRIX, ORDER_API] },
  acknowledgeServiceOrder: { pinnedBy: [ORDER_MATRIX, ORDER_API] },
  scheduleServiceOrder: { pinnedBy: [ORDER_MATRIX, ORDER_API] },
  startServiceOrder: { pinnedBy: [ORDER_MATRIX, ORDER_API] },
  resolveServiceOrder: { pinnedBy: [ORDER_MATRIX, ORDER_API] },
  closeServiceOrder: { pinnedBy: [ORDER_MATRIX, ORDER_API] },
  // Who may submit and see readings, each role and another organisation's device.
  submitMeterReading: { pinnedBy: READINGS },
  submitMeterReadings: { pinnedBy: READINGS },
  // Service agents only (customers, planners, technicians FORBIDDEN); reviews by any staff.
  correctMeterReading: { pinnedBy: CORRECTIONS },
  voidMeterReading: { pinnedBy: CORRECTIONS },
  markMeterReadingReviewed: { pinnedBy: CORRECTIONS },
  setMeterReadingReminderDays: { pinnedBy: REMINDERS },
  // Staff write articles, customers and anonymous callers may not.
  createKnowledgeArticle: { pinnedBy: 'services/knowledge/test/knowledge.test.ts' },
  updateKnowledgeArticle: { pinnedBy: 'services/knowledge/test/knowledge.test.ts' },
  retireKnowledgeArticle: { pinnedBy: 'services/knowledge/test/knowledge.test.ts' },
  // Public: registration, confirmation and invitation tokens, sign-in and sessions.
  register: { pinnedBy: 'services/identity/test/registration.test.ts' },
  confirmEmail: { pinnedBy: 'services/identity/test/registration.test.ts' },
  resendConfirmation: { pinnedBy: 'services/identity/test/registration.test.ts' },
  acceptInvitation: { pinnedBy: 'services/identity/test/registration.test.ts' },
  login: {
    pinnedBy: ['services/identity/test/sign-in.test.ts', 'services/identity/test/sessions.test.ts'],
  },
  refreshSession: { pinnedBy: 'services/identity/test/sessions.test.ts' },
  // The second factor: anonymous with a sign-in's challenge, or the signed-in user's own; the
  // organisation's requirement is an Administrator's.
  verifySecondFactor: { pinnedBy: TWO_FACTOR },
  beginTotpEnrolment: { pinnedBy: TWO_FACTOR },
  confirmTotpEnrolment: { pinnedBy: TWO_FACTOR },
  removeTotp: { pinnedBy: TWO_FACTOR },
  regenerateRecoveryCodes: { pinnedBy: TWO_FACTOR },
  setOrganizationTwoFactorRequired: { pinnedBy: TWO_FACTOR },
  // Single sign-on: settings are an organisation's Administrators' (a domain confirmation the
  // service agents'); starting and finishing a sign-in are public, one per document.
  configureSingleSignOn: { pinnedBy: SINGLE_SIGN_ON },
  removeSingleSignOn: { pinnedBy: SINGLE_SIGN_ON },
  verifySingleSignOnDomain: { pinnedBy: SINGLE_SIGN_ON },
  beginSingleSignOn: { pinnedBy: SINGLE_SIGN_ON },
  finishSingleSignOn: { pinnedBy: SINGLE_SIGN_ON },
  // Passkeys: the signed-in user's own (another user's id is "not found"); sign-in is public.
  beginPasskeyRegistration: { pinnedBy: PASSKEYS },
  finishPasskeyRegistration: { pinnedBy: PASSKEYS },
  beginPasskeySignIn: { pinnedBy: PASSKEYS },
  finishPasskeySignIn: { pinnedBy: PASSKEYS },
  removePasskey: { pinnedBy: PASSKEYS },
  disableUser: { pinnedBy: IDENTITY_MATRIX },
  revokeApiKey: { pinnedBy: 'services/identity/test/sessions.test.ts' },
  assignStockLocations: { pinnedBy: 'services/toner/test/toner-stock.test.ts' },
  // Run here, each cell with a new session: a user's own session ends (true); an API key or an
  // anonymous caller has none to end (false). Targets play no part.
  logout: { run: ['+++', '+++', '+++', '+++', '+++', '+++', '+++', 'NNN', 'NNN'] },
  unassignStockLocations: {
    run: ['+N+', 'FFF', 'FFF', 'FFF', 'FFF', 'FFF', 'FFF', 'FFF', 'UUU'],
  },
  // Public (the same answer for every e-mail) and by token: sign-in-type, one per document.
  requestPasswordReset: { pinnedBy: ACCOUNTS },
  resetPassword: { pinnedBy: ACCOUNTS },
  // The signed-in user's own: every user; an API key FORBIDDEN; anonymous UNAUTHENTICATED.
  changePassword: { pinnedBy: ACCOUNTS },
  updateProfile: { pinnedBy: ACCOUNTS },
  signOutSession: { pinnedBy: ACCOUNTS },
  signOutAllSessions: { pinnedBy: ACCOUNTS },
  // Administrators, on users of their own organisation (another's is NOT_FOUND).
  resendInvitation: { pinnedBy: ACCOUNTS },
  revokeInvitation: { pinnedBy: ACCOUNTS },
  enableUser: { pinnedBy: ACCOUNTS },
};

/**
 * The "foreign second reference" column: every mutation that takes two or more references (ID
 * arguments, also inside its inputs) runs with the caller's own first reference and a second
 * one that is another organisation's (foreign) or made up. `foreign` names the argument path
 * that gets it. Both targets must look the same: "not found" (a userError whose code ends in
 * NOT_FOUND, answered exactly as for the made-up id) for whoever may try, F or U for the rest,
 * never done. The list of such mutations is derived from the supergraph: a new one without a
 * row here fails the suite.
 */
export const SECOND_REFERENCE_TARGETS = ['foreign', 'made-up'] as const;
export type SecondReferenceTarget = (typeof SECOND_REFERENCE_TARGETS)[number];
type SecondRow = [string, string, string, string, string, string, string, string, string];

// Columns:                 Administrator  Device Mgr  Stock Mgr  Self-Service  agent  planner  technician  API key  anonymous
const administers: SecondRow = ['NN', 'FF', 'FF', 'FF', 'FF', 'FF', 'FF', 'FF', 'UU'];

export const FOREIGN_REFERENCE_MATRIX: Record<string, { foreign: string; run: SecondRow }> = {
  // Another organisation's stock location, for the caller's own device: the reported attack.
  linkDeviceStockLocation: {
    foreign: 'stockLocationId',
    run: ['NN', 'NN', 'NN', 'NN', 'NN', 'FF', 'FF', 'NN', 'UU'],
  },
  registerDevice: {
    foreign: 'input.stockLocationId',
    run: ['FF', 'FF', 'FF', 'FF', 'NN', 'FF', 'FF', 'FF', 'UU'],
  },
  grantRole: { foreign: 'grant.accountId', run: administers },
  revokeRole: { foreign: 'grant.accountId', run: administers },
  assignDevices: { foreign: 'deviceIds', run: administers },
  unassignDevices: { foreign: 'deviceIds', run: administers },
  assignStockLocations: { foreign: 'stockLocationIds', run: administers },
  unassignStockLocations: { foreign: 'stockLocationIds', run: administers },
  inviteUser: { foreign: 'input.deviceIds', run: administers },
  // Only a service account with BILLING records invoices (no principal here is one); its
  // foreign device (DEVICE_NOT_FOUND) is in services/identity/test/identity-authorisation.test.ts.
  recordInvoice: {
    foreign: 'input.lines.deviceId',
    run: ['FF', 'FF', 'FF', 'FF', 'FF', 'FF', 'FF', 'FF', 'UU'],
  },
  // A customer of another organisation (or a made-up id) as the technician.
  scheduleServiceOrder: {
    foreign: 'technicianId',
    run: ['FF', 'FF', 'FF', 'FF', 'FF', 'NN', 'FF', 'FF', 'UU'],
  },
};
