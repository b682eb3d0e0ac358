import {
  SignJWT,
  jwtVerify,
  importPKCS8,
  importSPKI,
  generateKeyPair,
  exportPKCS8,
  exportSPKI,
} from 'jose';
import type { CryptoKey } from 'jose';
import { environment } from './environment';
import { forbidden, unauthenticated } from './errors';

export const PRINCIPAL_HEADER = 'x-portal-principal';
export const REQUEST_ID_HEADER = 'x-request-id';
/** identity's route where the gateway turns a session or API-key token into a principal. */
export const RESOLVE_PRINCIPAL_PATH = '/internal/principal';
/** identity's route where the gateway reports API keys' requests, errors and cost per day. */
export const API_KEY_USAGE_PATH = '/internal/api-key-usage';
/** The web client's session cookie (HttpOnly, SameSite=Lax): the access token. */
export const SESSION_COOKIE = 'portal_session';
/** How every API key's secret starts: pk_<key id>_<secret> (the gateway words its refusal by it). */
export const API_KEY_PREFIX = 'pk_';
/** How every service account's secret starts: sa_<service account id>_<secret>. */
export const SERVICE_ACCOUNT_PREFIX = 'sa_';
/** The web client's refresh-token cookie (HttpOnly, SameSite=Strict, only sent to /graphql). */
export const REFRESH_COOKIE = 'portal_refresh';
/** The gateway passes the refresh cookie to identity alone, in this header. */
export const REFRESH_TOKEN_HEADER = 'x-portal-refresh-token';
/** The caller's address as the gateway saw it (sign-in throttling). */
export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address';
const ALGORITHM = 'EdDSA';
const ISSUER = 'portal-gateway';
const AUDIENCE = 'portal-subgraphs';

export const CUSTOMER_ROLES = [
  'ADMINISTRATOR',
  'DEVICE_MANAGER',
  'STOCK_MANAGER',
  'SELF_SERVICE_USER',
] as const;
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];
export const STAFF_ROLES = ['SERVICE_AGENT', 'SERVICE_PLANNER', 'TECHNICIAN'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/**
 * What a service account (one of the vendor's own systems, no person behind it) may do:
 * BILLING records invoices, payments and credit status; CONTRACTS changes devices' contracts.
 */
export const BACK_OFFICE_CAPABILITIES = ['BILLING', 'CONTRACTS'] as const;
export type BackOfficeCapability = (typeof BACK_OFFICE_CAPABILITIES)[number];

export interface AccountGrant {
  accountId: string;
  roles: CustomerRole[];
}

/**
 * Who is calling, as identity resolved it; ids are local uuids. `gateway` is the gateway
 * itself asking identity to resolve a caller (never sent with a GraphQL request).
 */
export interface PrincipalClaims {
  kind: 'anonymous' | 'user' | 'apiKey' | 'serviceAccount' | 'gateway';
  id: string | null;
  name: string | null;
  organizationId: string | null;
  staffRole: StaffRole | null;
  grants: AccountGrant[];
  /** Devices assigned to the caller as Device Manager. */
  deviceIds: string[];
  /** Stock locations assigned to the caller as Stock Manager. */
  stockLocationIds: string[];
  sessionId: string | null;
  /** A signed-in user's own (confirmed) e-mail: the one address mails may go to unasked. */
  email?: string | null;
  /** A service account's capabilities; nobody else has any. */
  capabilities?: BackOfficeCapability[];
}

export const ANONYMOUS: PrincipalClaims = {
  kind: 'anonymous',
  id: null,
  name: null,
  organizationId: null,
  staffRole: null,
  grants: [],
  deviceIds: [],
  stockLocationIds: [],
  sessionId: null,
};

/** ViewerPermissions in the SDL: what the caller may see and do, for clients to show. */
export interface ViewerPermissions {
  seeDevices: boolean;
  seeServiceOrders: boolean;
  createServiceOrders: boolean;
  seeServiceOrderQueue: boolean;
  seeMeterReadings: boolean;
  submitMeterReadings: boolean;
  seeStock: boolean;
  seeUsers: boolean;
  manageUsers: boolean;
  seeAuditTrail: boolean;
  seeApiKeys: boolean;
  seeCreditStatus: boolean;
  seeInvoices: boolean;
  manageWebhooks: boolean;
  manageOrganizationSignIn: boolean;
  manageReadingReminders: boolean;
  requestUsageStatements: boolean;
  findCustomerUsers: boolean;
  correctUserEmails: boolean;
  approveShipments: boolean;
  decommissionDevices: boolean;
  seeDecommissionedDevices: boolean;
  writeKnowledgeArticles: boolean;
}

const NO_PERMISSIONS: Record<keyof ViewerPermissions, false> = {
  seeDevices: false,
  seeServiceOrders: false,
  createServiceOrders: false,
  seeServiceOrderQueue: false,
  seeMeterReadings: false,
  submitMeterReadings: false,
  seeStock: false,
  seeUsers: false,
  manageUsers: false,
  seeAuditTrail: false,
  seeApiKeys: false,
  seeCreditStatus: false,
  seeInvoices: false,
  manageWebhooks: false,
  manageOrganizationSignIn: false,
  manageReadingReminders: false,
  requestUsageStatements: false,
  findCustomerUsers: false,
  correctUserEmails: false,
  approveShipments: false,
  decommissionDevices: false,
  seeDecommissionedDevices: false,
  writeKnowledgeArticles: false,
};

/** The caller, with the questions every service asks of it. */
export class Principal {
  private readonly rolesByAccount: Map<string, Set<CustomerRole>>;
  private readonly assignedDevices: Set<string>;
  private readonly assignedStockLocations: Set<string>;

  constructor(readonly claims: PrincipalClaims) {
    this.rolesByAccount = new Map(claims.grants.map((g) => [g.accountId, new Set(g.roles)]));
    this.assignedDevices = new Set(claims.deviceIds);
    this.assignedStockLocations = new Set(claims.stockLocationIds);
  }

  static anonymous(): Principal {
    return new Principal(ANONYMOUS);
  }
  static gateway(): PrincipalClaims {
    return { ...ANONYMOUS, kind: 'gateway' };
  }

  /**
   * Neither a user, an API key nor a service account: nobody a customer or staff rule can
   * apply to. A service account is signed in but holds no customer grant and no staff role:
   * it sees no organisation's data, and may only what its capabilities name.
   */
  get isAnonymous(): boolean {
    return (
      this.claims.kind !== 'user' &&
      this.claims.kind !== 'apiKey' &&
      this.claims.kind !== 'serviceAccount'
    );
  }
  get isServiceAccount(): boolean {
    return this.claims.kind === 'serviceAccount';
  }
  /** Whether the caller is a service account holding the capability. */
  hasCapability(capability: BackOfficeCapability): boolean {
    return this.isServiceAccount && (this.claims.capabilities ?? []).includes(capability);
  }
  /** Throws UNAUTHENTICATED for anonymous callers, FORBIDDEN without the capability. */
  requireCapability(capability: BackOfficeCapability): this {
    this.requireSignedIn();
    if (!this.hasCapability(capability)) throw forbidden();
    return this;
  }
  get isGateway(): boolean {
    return this.claims.kind === 'gateway';
  }
  get isStaff(): boolean {
    return this.claims.staffRole !== null;
  }
  /**
   * Staff whose work reads every organisation (docs/domain.md: the Service agent, and the planner
   * who reads what an agent reads). A technician's work is only the orders assigned to it.
   */
  get readsEveryOrganization(): boolean {
    return this.hasStaffRole('SERVICE_AGENT', 'SERVICE_PLANNER');
  }
  /** Staff who handle customers' accounts: credit status and payment history are theirs. */
  get handlesAccounts(): boolean {
    return this.hasStaffRole('SERVICE_AGENT');
  }
  get organizationId(): string | null {
    return this.claims.organizationId;
  }
  /** "user:<id>", "apiKey:<id>" or "serviceAccount:<id>": who did it, for audit trails. */
  get actor(): string {
    return this.isAnonymous ? 'anonymous' : `${this.claims.kind}:${this.claims.id}`;
  }

  hasStaffRole(...roles: StaffRole[]): boolean {
    return this.claims.staffRole !== null && roles.includes(this.claims.staffRole);
  }
  hasRole(accountId: string, role: CustomerRole): boolean {
    return this.rolesByAccount.get(accountId)?.has(role) ?? false;
  }
  /** Accounts on which the caller holds the role. */
  accountsWhere(role: CustomerRole): string[] {
    return [...this.rolesByAccount].filter(([, roles]) => roles.has(role)).map(([id]) => id);
  }
  isAssignedDevice(deviceId: string): boolean {
    return this.assignedDevices.has(deviceId);
  }
  isAssignedStockLocation(stockLocationId: string): boolean {
    return this.assignedStockLocations.has(stockLocationId);
  }

  /**
   * The customer device rule every subgraph shares (docs/domain.md): an Administrator of the
   * device's account, or a Device Manager there to whom it is assigned, may act on it.
   */
  managesDevice(device: { deviceId: string; accountId: string }): boolean {
    return (
      this.hasRole(device.accountId, 'ADMINISTRATOR') ||
      (this.hasRole(device.accountId, 'DEVICE_MANAGER') && this.isAssignedDevice(device.deviceId))
    );
  }
  /** managesDevice, or a Stock Manager of the stock location the device is linked to (read-only). */
  seesDevice(device: {
    deviceId: string;
    accountId: string;
    stockLocationId: string | null;
  }): boolean {
    return (
      this.managesDevice(device) ||
      (this.hasRole(device.accountId, 'STOCK_MANAGER') &&
        device.stockLocationId !== null &&
        this.isAssignedStockLocation(device.stockLocationId))
    );
  }

  /**
   * What the caller may see and do in the portal (`me { viewerCan }`, the client's navigation):
   * each the role part of the rule its owning subgraph applies, here where every subgraph reads
   * the caller from; tests/system/viewer-permissions.test.ts checks they agree with what the
   * subgraphs do. Per-object permissions are each object's own `viewerCan`.
   */
  viewerPermissions(): ViewerPermissions {
    if (this.isAnonymous) return { ...NO_PERMISSIONS };
    const administrator = this.accountsWhere('ADMINISTRATOR').length > 0;
    const deviceManager = this.accountsWhere('DEVICE_MANAGER').length > 0;
    const stockManager =
      this.accountsWhere('STOCK_MANAGER').length > 0 && this.claims.stockLocationIds.length > 0;
    const agent = this.hasStaffRole('SERVICE_AGENT');
    const managesDevices = administrator || deviceManager;
    return {
      // devices: device-access.ts maySee (Principal.seesDevice for customers; staff all, a
      // technician bounded to its orders' devices).
      seeDevices: this.isStaff || managesDevices || this.accountsWhere('STOCK_MANAGER').length > 0,
      // service-orders: service-order-access.ts maySeeOrdersOf.
      seeServiceOrders: this.isStaff || managesDevices,
      // service-orders: service-order-access.ts RULES['service-order:create'].
      createServiceOrders: agent || managesDevices,
      // service-orders: service-order.service.ts (the queue is staff's; technicians' is theirs).
      seeServiceOrderQueue: this.isStaff,
      // meter-readings: reading-access.ts maySeeReadings / visibleDevicesCondition.
      seeMeterReadings: this.isStaff ? this.readsEveryOrganization : managesDevices,
      // meter-readings: reading-access.ts assertMayAttemptSubmit and maySubmit.
      submitMeterReadings: this.isStaff ? agent : managesDevices,
      // toner: stock-location.service.ts visible() (stock-access.ts maySeeLocation).
      seeStock: this.isStaff ? this.readsEveryOrganization : administrator || stockManager,
      // identity: user.service.ts usersOf.
      seeUsers: this.isStaff ? this.readsEveryOrganization : administrator,
      // identity: membership.service.ts change() (a signed-in Administrator of its organisation).
      manageUsers: this.claims.kind === 'user' && this.organizationId !== null && administrator,
      // identity: audit-trail.service.ts.
      seeAuditTrail: this.hasStaffRole('SERVICE_AGENT', 'SERVICE_PLANNER'),
      // identity: api-key.service.ts list.
      seeApiKeys: this.isStaff
        ? this.hasStaffRole('SERVICE_AGENT', 'SERVICE_PLANNER')
        : administrator,
      // identity: account.service.ts creditStatus and paymentHistory.
      seeCreditStatus: this.handlesAccounts,
      ...this.settingsAndServiceCentrePermissions(administrator, agent),
    };
  }

  /** viewerPermissions' answers for settings pages and the service centre's desks. */
  private settingsAndServiceCentrePermissions(administrator: boolean, agent: boolean) {
    // identity: sso-settings.service.ts administrator() and second-factor.service.ts
    // setOrganizationRequired; meter-readings: reminder-policy.service.ts.
    const administersOrganization = this.organizationId !== null && administrator;
    return {
      // identity: invoice.service.ts assertMaySee (per account: an Administrator of it).
      seeInvoices: this.handlesAccounts || administrator,
      // identity: webhooks/endpoint.service.ts administeredAccounts.
      manageWebhooks: administrator,
      manageOrganizationSignIn: this.claims.kind === 'user' && administersOrganization,
      manageReadingReminders: administersOrganization,
      // meter-readings: usage-statement.ts (per account: an Administrator of it).
      requestUsageStatements: this.isStaff ? this.readsEveryOrganization : administrator,
      // identity: user.service.ts customerUsers.
      findCustomerUsers: this.hasStaffRole('SERVICE_AGENT', 'SERVICE_PLANNER'),
      // identity: service-centre-users.service.ts correctUserEmail.
      correctUserEmails: agent,
      // toner: stock-access.ts RULES['shipment:approve'] and ['shipment:dispatch'].
      approveShipments: agent,
      // devices: device-access.ts RULES['device:decommission'].
      decommissionDevices: agent,
      // devices: device-access.ts maySee and device.service.ts visible() (lists and look-ups
      // leave decommissioned devices out for everyone but staff).
      seeDecommissionedDevices: this.isStaff,
      // knowledge: knowledge.service.ts create, update and retire (requireStaff).
      writeKnowledgeArticles: this.isStaff,
    };
  }

  /** Throws UNAUTHENTICATED for anonymous callers. */
  requireSignedIn(): this {
    if (this.isAnonymous) throw unauthenticated();
    return this;
  }
  /** Throws FORBIDDEN unless the caller holds one of the staff roles (any, when none named). */
  requireStaff(...roles: StaffRole[]): this {
    this.requireSignedIn();
    if (!this.isStaff || (roles.length > 0 && !this.hasStaffRole(...roles))) throw forbidden();
    return this;
  }
}

export interface PrincipalKeys {
  privateKey?: CryptoKey;
  publicKey?: CryptoKey;
}

let cachedKeys: Promise<PrincipalKeys> | undefined;

/** The keys from the environment (PEM), imported once. */
export function principalKeysFromEnvironment(): Promise<PrincipalKeys> {
  cachedKeys ??= (async () => {
    const env = environment();
    return {
      privateKey: env.PORTAL_PRINCIPAL_PRIVATE_KEY
        ? await importPKCS8(env.PORTAL_PRINCIPAL_PRIVATE_KEY, ALGORITHM)
        : undefined,
      publicKey: env.PORTAL_PRINCIPAL_PUBLIC_KEY
        ? await importSPKI(env.PORTAL_PRINCIPAL_PUBLIC_KEY, ALGORITHM)
        : undefined,
    };
  })();
  return cachedKeys;
}

/** A fresh Ed25519 key pair as PEM, for demo mode and tests. */
export async function generatePrincipalKeyPair(): Promise<{
  privateKey: string;
  publicKey: string;
}> {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  return { privateKey: await exportPKCS8(privateKey), publicKey: await exportSPKI(publicKey) };
}

/** Signs the principal for subgraphs: a short-lived JWT with the algorithm pinned. */
export async function signPrincipal(
  claims: PrincipalClaims,
  privateKey: CryptoKey,
  ttlSeconds: number,
): Promise<string> {
  return new SignJWT({ p: claims })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(privateKey);
}

/** Clock difference tolerated between the gateway and a subgraph. */
export const PRINCIPAL_CLOCK_SKEW_SECONDS = 5;

/**
 * Verifies a principal header; throws on a missing, forged or expired signature, and on one
 * that lives longer than the gateway signs for (`maxLifetimeSeconds`, PRINCIPAL_TTL_SECONDS, plus
 * the skew) or was issued in the future: a leaked long-lived header would be a key for years.
 */
export async function verifyPrincipal(
  token: string,
  publicKey: CryptoKey,
  maxLifetimeSeconds: number = environment().PRINCIPAL_TTL_SECONDS,
): Promise<Principal> {
  const skew = PRINCIPAL_CLOCK_SKEW_SECONDS;
  const { payload } = await jwtVerify<{ p: PrincipalClaims }>(token, publicKey, {
    algorithms: [ALGORITHM],
    issuer: ISSUER,
    audience: AUDIENCE,
    requiredClaims: ['exp', 'iat'],
    clockTolerance: skew,
    maxTokenAge: maxLifetimeSeconds + skew,
  });
  const now = Math.floor(Date.now() / 1000);
  if (payload.exp! - payload.iat! > maxLifetimeSeconds + skew) throw new Error('lives too long');
  if (payload.iat! > now + skew) throw new Error('issued in the future');
  if (!payload.p || typeof payload.p !== 'object') throw new Error('principal claim missing');
  return new Principal(payload.p);
}
