import type { Principal } from '@portal/platform';

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
}

/**
 * The caller's permissions, each the role part of the rule its owner applies (subgraphs import
 * only the platform, so the rules are restated here, each pointing to its owner;
 * tests/system/viewer-permissions.test.ts checks that they agree with what the subgraphs do).
 */
export function permissionsOf(p: Principal): ViewerPermissions {
  if (p.isAnonymous) return { ...NONE };
  const administrator = p.accountsWhere('ADMINISTRATOR').length > 0;
  const deviceManager = p.accountsWhere('DEVICE_MANAGER').length > 0;
  const stockManager =
    p.accountsWhere('STOCK_MANAGER').length > 0 && p.claims.stockLocationIds.length > 0;
  const agent = p.hasStaffRole('SERVICE_AGENT');
  const managesDevices = administrator || deviceManager;
  return {
    // devices: device-access.ts maySee (Principal.seesDevice for customers; staff all, a
    // technician bounded to its orders' devices).
    seeDevices: p.isStaff || managesDevices || p.accountsWhere('STOCK_MANAGER').length > 0,
    // service-orders: service-order-access.ts maySeeOrdersOf.
    seeServiceOrders: p.isStaff || managesDevices,
    // service-orders: service-order-access.ts RULES['service-order:create'].
    createServiceOrders: agent || managesDevices,
    // service-orders: service-order.service.ts (the queue is staff's; technicians' is theirs).
    seeServiceOrderQueue: p.isStaff,
    // meter-readings: reading-access.ts maySeeReadings / visibleDevicesCondition.
    seeMeterReadings: p.isStaff ? p.readsEveryOrganization : managesDevices,
    // meter-readings: reading-access.ts assertMayAttemptSubmit and maySubmit.
    submitMeterReadings: p.isStaff ? agent : managesDevices,
    // toner: stock-location.service.ts visible() (stock-access.ts maySeeLocation).
    seeStock: p.isStaff ? p.readsEveryOrganization : administrator || stockManager,
    // identity: user.service.ts usersOf.
    seeUsers: p.isStaff ? p.readsEveryOrganization : administrator,
    // identity: membership.service.ts change() (a signed-in Administrator of its organisation).
    manageUsers: p.claims.kind === 'user' && p.organizationId !== null && administrator,
    // identity: audit-trail.service.ts.
    seeAuditTrail: p.hasStaffRole('SERVICE_AGENT', 'SERVICE_PLANNER'),
    // identity: api-key.service.ts list.
    seeApiKeys: p.isStaff ? p.hasStaffRole('SERVICE_AGENT', 'SERVICE_PLANNER') : administrator,
    // identity: account.service.ts creditStatus and paymentHistory.
    seeCreditStatus: p.handlesAccounts,
  };
}

const NONE: Record<keyof ViewerPermissions, false> = {
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
};
