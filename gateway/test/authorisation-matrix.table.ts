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
const devices: Row = ['+N+', '+NN', '+NN', 'NNN', '+++', '+++', '+++', '+N+', 'UUU'];
const orders: Row = ['+N+', '+NN', 'NNN', 'NNN', '+++', '+++', '+++', '+N+', 'UUU'];
const readings: Row = ['+N+', '+NN', 'NNN', 'NNN', '+++', '+++', '+++', '+N+', 'UUU'];
const stock: Row = ['+N+', 'NNN', '+NN', 'NNN', '+++', '+++', '+++', '+N+', 'UUU'];
const everySignedIn: Row = ['+++', '+++', '+++', '+++', '+++', '+++', '+++', '+++', 'UUU'];
// Anonymous callers get an empty list; customers the accounts they hold grants on.
const accounts: Row = ['+N+', '+NN', '+NN', '+NN', '+++', '+++', '+++', '+N+', 'NNN'];
// node(id:) of anything for an anonymous caller is null, as for an id that does not exist.
const anonymousNull = (row: Row): Row => [...row.slice(0, 8), 'NNN'] as Row;

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
  apiKeys: { run: ['+++', 'FFF', 'FFF', 'FFF', '+++', '+++', '+++', 'FFF', 'UUU'] },
  auditTrail: { run: ['FFF', 'FFF', 'FFF', 'FFF', '+++', '+++', '+++', 'FFF', 'UUU'] },
  // The service centre's own users (the planner picks technicians): staff only.
  staffUsers: { run: ['FFF', 'FFF', 'FFF', 'FFF', '+++', '+++', '+++', 'FFF', 'UUU'] },
  knowledgeArticles: { run: everySignedIn },
  knowledgeArticle: { run: everySignedIn },
  knowledgeSuggestions: { run: everySignedIn },
  // Planners and technicians get the due list of every device they see, though they may not
  // submit readings (the field's description says "may submit"; see the closing note).
  meterReadingsDue: { run: ['+N+', '+NN', 'NNN', 'NNN', '+++', '+++', '+++', '+N+', 'UUU'] },
  serviceOrders: { run: orders },
  serviceOrder: { run: orders },
  stockLocations: { run: stock },
  stockLocation: { run: stock },
  shipments: { run: stock },
  shipment: { run: stock },
  // A user's own notifications only; API keys have none (FORBIDDEN).
  notifications: { pinnedBy: 'gateway/test/notifications.test.ts' },
  notificationPreferences: {
    run: ['+++', '+++', '+++', '+++', '+++', '+++', '+++', 'FFF', 'UUU'],
  },
};

/** node(id:) for an object of every type that implements Node. */
export const NODE_MATRIX: Record<string, Row> = {
  Organization: anonymousNull(['+N+', '+N+', '+N+', '+N+', '+++', '+++', '+++', '+N+', '']),
  // Any account of the caller's organisation, as Organization.accounts shows them.
  Account: anonymousNull(['+N+', '+N+', '+N+', '+N+', '+++', '+++', '+++', '+N+', '']),
  // Users of the organisation: its Administrators (and API keys acting as one) and staff; the
  // own target is the Self-Service user, who sees itself.
  User: anonymousNull(['+N+', 'NNN', 'NNN', '+NN', '+++', '+++', '+++', '+N+', '']),
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
  'Device.stockLocation': ['+NN', 'NNN', '+NN', 'NNN', '++N', '++N', '++N', '+NN', 'UUU'],
  // Customers never see credit status: the field is refused whatever the account.
  'Account.creditStatus': ['FFF', 'FFF', 'FFF', 'FFF', '+++', '+++', '+++', 'FFF', 'NNN'],
};

const DEVICE_MATRIX = 'gateway/test/device-access-matrix.test.ts';
const IDENTITY_MATRIX = 'gateway/test/identity-authorisation.test.ts';
const TONER_MATRIX = 'gateway/test/toner-access-matrix.test.ts';
const ORDER_MATRIX = 'gateway/test/service-order-transitions.test.ts';
const ORDER_API = 'gateway/test/support/service-orders.ts';
const READINGS = 'gateway/test/meter-readings.test.ts';

export const MUTATION_MATRIX: Record<string, Entry> = {
  markNotificationsRead: { pinnedBy: 'gateway/test/notifications.test.ts' },
  setNotificationPreference: { pinnedBy: 'gateway/test/notifications.test.ts' },
  // No sign-in: the mail's unsubscribe token is the authority (one type of one user, off).
  unsubscribeNotifications: { pinnedBy: 'gateway/test/notifications.test.ts' },
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
  createStaffUser: { pinnedBy: IDENTITY_MATRIX },
  correctUserEmail: { pinnedBy: IDENTITY_MATRIX },
  createStockLocation: { pinnedBy: TONER_MATRIX },
  updateStockLocation: { pinnedBy: TONER_MATRIX },
  recordStockCount: { pinnedBy: TONER_MATRIX },
  reportTonerLow: { pinnedBy: TONER_MATRIX },
  dispatchShipment: { pinnedBy: TONER_MATRIX },
  confirmShipmentDelivered: { pinnedBy: TONER_MATRIX },
  // Every role x every transition x own / other organisation's order, and who may create.
  createServiceOrder: {
    pinnedBy: [ORDER_MATRIX, ORDER_API, 'gateway/test/service-orders.test.ts'],
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
  // Staff write articles, customers and anonymous callers may not.
  createKnowledgeArticle: { pinnedBy: 'gateway/test/knowledge.test.ts' },
  updateKnowledgeArticle: { pinnedBy: 'gateway/test/knowledge.test.ts' },
  retireKnowledgeArticle: { pinnedBy: 'gateway/test/knowledge.test.ts' },
  // Public: registration, confirmation and invitation tokens, sign-in and sessions.
  register: { pinnedBy: 'gateway/test/registration.test.ts' },
  confirmEmail: { pinnedBy: 'gateway/test/registration.test.ts' },
  resendConfirmation: { pinnedBy: 'gateway/test/registration.test.ts' },
  acceptInvitation: { pinnedBy: 'gateway/test/registration.test.ts' },
  login: { pinnedBy: ['gateway/test/sign-in.test.ts', 'gateway/test/sessions.test.ts'] },
  refreshSession: { pinnedBy: 'gateway/test/sessions.test.ts' },
  disableUser: { pinnedBy: IDENTITY_MATRIX },
  revokeApiKey: { pinnedBy: 'gateway/test/sessions.test.ts' },
  assignStockLocations: { pinnedBy: 'gateway/test/toner-stock.test.ts' },
  // Run here, each cell with a new session: a user's own session ends (true); an API key or an
  // anonymous caller has none to end (false). Targets play no part.
  logout: { run: ['+++', '+++', '+++', '+++', '+++', '+++', '+++', 'NNN', 'NNN'] },
  unassignStockLocations: {
    run: ['+N+', 'FFF', 'FFF', 'FFF', 'FFF', 'FFF', 'FFF', 'FFF', 'UUU'],
  },
};
