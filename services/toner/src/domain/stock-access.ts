import { forbidden, type Principal, type StaffRole } from '@portal/platform';
import { maySeeStockLocation, type DeviceSnapshotV1 } from '@portal/event-contracts';

/**
 * Who may do what with stock (docs/domain.md's roles table). Customers: the Administrators of a
 * location's account and the Stock Managers assigned to it read and edit it (levels, counts,
 * deliveries, supply orders by hand); Device Managers and Self-Service users see no stock. Staff: everyone reads; only
 * the Service agent writes (creates locations, dispatches, and acts on a customer's behalf), as
 * for devices. e-Maintenance reports toner alerts through an API key of an Administrator.
 */
export type StockAction =
  | 'stock-location:create'
  | 'stock-location:update'
  | 'stock-level:count'
  | 'toner-alert:report'
  | 'stock-level:targets'
  | 'shipment:request'
  | 'shipment:approve'
  | 'shipment:dispatch'
  | 'shipment:confirm-delivery';

interface Rule {
  staff: StaffRole[];
  /** The account's Administrators and the location's assigned Stock Managers (users and keys). */
  customers: boolean;
  /** An API key with Administrator on the device's account: the e-Maintenance integration. */
  integration: boolean;
}

const AGENT: StaffRole[] = ['SERVICE_AGENT'];

const RULES: Record<StockAction, Rule> = {
  'stock-location:create': { staff: AGENT, customers: false, integration: false },
  'stock-location:update': { staff: AGENT, customers: true, integration: false },
  'stock-level:count': { staff: AGENT, customers: true, integration: false },
  'stock-level:targets': { staff: AGENT, customers: true, integration: false },
  'toner-alert:report': { staff: AGENT, customers: false, integration: true },
  // A supply order by hand; the service centre approves or declines it.
  'shipment:request': { staff: AGENT, customers: true, integration: false },
  'shipment:approve': { staff: AGENT, customers: false, integration: false },
  'shipment:dispatch': { staff: AGENT, customers: false, integration: false },
  'shipment:confirm-delivery': { staff: AGENT, customers: true, integration: false },
};

/** A location as the rules need it. */
export interface Located {
  accountId: string;
  id: string;
}

/**
 * Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for a caller whose role never
 * allows the action, whatever the object: it depends on the role alone, so it reveals nothing.
 */
export function assertMayAttempt(principal: Principal, action: StockAction): void {
  principal.requireSignedIn();
  const rule = RULES[action];
  if (principal.isStaff) {
    if (!principal.hasStaffRole(...rule.staff)) throw forbidden();
  } else if (rule.integration) {
    if (!isIntegration(principal)) throw forbidden();
  } else if (!rule.customers) {
    throw forbidden();
  }
}

function isIntegration(principal: Principal): boolean {
  return principal.claims.kind === 'apiKey' && principal.accountsWhere('ADMINISTRATOR').length > 0;
}

/** Whether the caller may see the stock location (and its levels, devices and shipments). */
export const maySeeLocation = (principal: Principal, location: Located): boolean =>
  maySeeStockLocation(principal, location);

/**
 * Whether the caller may do the action to this location, once assertMayAttempt let it try.
 * A location it may not change is reported as not found, even when it may see it.
 */
export function mayChange(principal: Principal, action: StockAction, location: Located): boolean {
  if (principal.isAnonymous) return false;
  const rule = RULES[action];
  if (principal.isStaff) return principal.hasStaffRole(...rule.staff);
  return rule.customers && maySeeLocation(principal, location);
}

/** What the caller may do with the location: mayChange of each action (StockLocation.viewerCan). */
export function permissionsOn(principal: Principal, location: Located) {
  const may = (action: StockAction) => mayChange(principal, action, location);
  return {
    update: may('stock-location:update'),
    countStock: may('stock-level:count'),
    confirmDelivery: may('shipment:confirm-delivery'),
    dispatch: may('shipment:dispatch'),
  };
}

/**
 * Whether the caller may report an alert of this device: the Service agent any, the
 * integration the devices of the accounts it administers.
 */
export function mayReportFor(principal: Principal, device: Pick<DeviceSnapshotV1, 'accountId'>) {
  if (principal.isStaff) return principal.hasStaffRole(...AGENT);
  return isIntegration(principal) && principal.hasRole(device.accountId, 'ADMINISTRATOR');
}

/**
 * Whether the caller may see a device a location serves: devices' own rule (docs/domain.md) for
 * lists — Administrator all on its accounts, Device Manager its assigned devices, Stock Manager
 * devices linked to its stock locations, staff all; customers never see decommissioned devices.
 */
export function maySeeDevice(
  principal: Principal,
  device: Pick<DeviceSnapshotV1, 'deviceId' | 'accountId' | 'status' | 'stockLocationId'>,
): boolean {
  if (principal.isAnonymous) return false;
  if (principal.isStaff) return true;
  if (device.status === 'DECOMMISSIONED') return false;
  return principal.seesDevice(device);
}
