import type { MeQuery, Role } from '../__generated__/graphql';

export type Me = NonNullable<MeQuery['me']>;

/**
 * What the signed-in user may use: the server's `me { viewerCan }`, decided by the rules of the
 * subgraphs that own the data (docs/domain.md's roles table). The server decides every read and
 * write; this only decides what to show. `staffRole` and the grants say which side of the portal
 * the user is on and which accounts an action applies to, never whether it may.
 */
export interface Access {
  signedIn: boolean;
  isStaff: boolean;
  isCustomer: boolean;
  hasRole(role: Role, accountId?: string): boolean;
  /** Accounts on which the user is Administrator: the accounts a per-account action offers. */
  administeredAccounts: Me['grants'][number]['account'][];
  /** Devices (the server's viewerCan.seeDevices). */
  canSeeDevices: boolean;
  /** Stock locations, levels and shipments (viewerCan.seeStock). */
  canSeeStock: boolean;
  /** Service orders of the caller's devices, or staff's (viewerCan.seeServiceOrders). */
  canUseServiceOrders: boolean;
  /** The service centre's order queue (viewerCan.seeServiceOrderQueue). */
  canSeeOrderQueue: boolean;
  /** viewerCan.createServiceOrders. */
  canCreateServiceOrders: boolean;
  /** viewerCan.seeMeterReadings. */
  canSeeMeterReadings: boolean;
  /** viewerCan.submitMeterReadings. */
  canSubmitMeterReadings: boolean;
  /** A technician: its queue holds the orders planned for it. */
  isTechnician: boolean;
  /** Invitations and grants on the caller's accounts (viewerCan.manageUsers). */
  canManageUsers: boolean;
  /** An organisation's users (viewerCan.seeUsers). */
  canSeeUsers: boolean;
  canSeeAuditTrail: boolean;
  canSeeApiKeys: boolean;
  /** Credit status and payment history (viewerCan.seeCreditStatus): the Service agent. */
  canSeeCreditStatus: boolean;
  /** Invoices and open balances (viewerCan.seeInvoices). */
  canSeeInvoices: boolean;
  /** viewerCan.manageWebhooks. */
  canManageWebhooks: boolean;
  /** The second-factor requirement and single sign-on (viewerCan.manageOrganizationSignIn). */
  canManageOrganizationSignIn: boolean;
  /** viewerCan.manageReadingReminders. */
  canManageReadingReminders: boolean;
  /** viewerCan.requestUsageStatements (per account: the grants say which). */
  canRequestUsageStatements: boolean;
  /** The service centre's search for customers' users (viewerCan.findCustomerUsers). */
  canFindCustomerUsers: boolean;
  /** viewerCan.correctUserEmails. */
  canCorrectUserEmails: boolean;
  /** The shipment queue: approving and dispatching (viewerCan.approveShipments). */
  canApproveShipments: boolean;
  /** Removal requests: decommissioning (viewerCan.decommissionDevices). */
  canDecommissionDevices: boolean;
  /** The devices list's "Decommissioned" filter (viewerCan.seeDecommissionedDevices). */
  canSeeDecommissionedDevices: boolean;
  /** Writing, editing and retiring help articles (viewerCan.writeKnowledgeArticles). */
  canWriteKnowledgeArticles: boolean;
}

const NOTHING: Omit<NonNullable<Me['viewerCan']>, '__typename'> = {
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

/**
 * What to show the signed-in user. What it may see and do comes from the server: `me { viewerCan }`
 * for navigation, and each object's own `viewerCan` (a device's, an order's, a stock location's)
 * for the actions on it, both by the subgraphs' own rules.
 */
export function accessOf(me: Me | null): Access {
  const grants = me?.grants ?? [];
  const can = me?.viewerCan ?? NOTHING;
  const isStaff = Boolean(me?.staffRole);
  const hasRole = (role: Role, accountId?: string) =>
    grants.some((g) => g.role === role && (accountId === undefined || g.account.id === accountId));
  const administeredAccounts = grants
    .filter((g) => g.role === 'ADMINISTRATOR')
    .map((g) => g.account)
    .sort((a, b) => a.customerAccountNumber.localeCompare(b.customerAccountNumber));
  return {
    signedIn: me !== null,
    isStaff,
    isCustomer: me !== null && !isStaff,
    hasRole,
    administeredAccounts,
    canSeeDevices: can.seeDevices,
    canSeeStock: can.seeStock,
    canUseServiceOrders: can.seeServiceOrders,
    canSeeOrderQueue: can.seeServiceOrderQueue,
    canCreateServiceOrders: can.createServiceOrders,
    canSeeMeterReadings: can.seeMeterReadings,
    canSubmitMeterReadings: can.submitMeterReadings,
    isTechnician: me?.staffRole === 'TECHNICIAN',
    canManageUsers: can.manageUsers,
    canSeeUsers: can.seeUsers,
    canSeeAuditTrail: can.seeAuditTrail,
    canSeeApiKeys: can.seeApiKeys,
    canSeeCreditStatus: can.seeCreditStatus,
    canSeeInvoices: can.seeInvoices,
    canManageWebhooks: can.manageWebhooks,
    canManageOrganizationSignIn: can.manageOrganizationSignIn,
    canManageReadingReminders: can.manageReadingReminders,
    canRequestUsageStatements: can.requestUsageStatements,
    canFindCustomerUsers: can.findCustomerUsers,
    canCorrectUserEmails: can.correctUserEmails,
    canApproveShipments: can.approveShipments,
    canDecommissionDevices: can.decommissionDevices,
    canSeeDecommissionedDevices: can.seeDecommissionedDevices,
    canWriteKnowledgeArticles: can.writeKnowledgeArticles,
  };
}
