import {
  forbidden,
  type BackOfficeCapability,
  type Principal,
  type StaffRole,
} from '@portal/platform';
import type { Device } from '../entities/device.entity';

/**
 * Who may change a device, and how (docs/domain.md's role tables). Customers: an Administrator
 * changes the devices of its accounts, a Device Manager the location of its assigned devices;
 * Stock Managers and Self-Service users change nothing. Staff: only the Service agent writes
 * (registers, decommissions, edits contracts and e-Maintenance, and corrects locations, links
 * and removal requests on a customer's behalf); planners and technicians read. The vendor's
 * contract system (a service account with CONTRACTS) edits contracts and nothing else.
 */
export type DeviceAction =
  | 'device:update-location'
  | 'device:request-removal'
  | 'device:withdraw-removal-request'
  | 'device:link-stock-location'
  | 'device:register'
  | 'device:decommission'
  | 'device:edit-contract'
  | 'device:set-e-maintenance';

interface Rule {
  staff: StaffRole[];
  administrator: boolean;
  deviceManager: boolean;
  /** The service-account capability that allows it, if any does. */
  capability?: BackOfficeCapability;
}

const AGENT: StaffRole[] = ['SERVICE_AGENT'];

const RULES: Record<DeviceAction, Rule> = {
  'device:update-location': { staff: AGENT, administrator: true, deviceManager: true },
  // A customer's statement that it no longer has the device; staff decommission instead.
  'device:request-removal': { staff: [], administrator: true, deviceManager: false },
  // The agent who would decommission may also turn a request down.
  'device:withdraw-removal-request': { staff: AGENT, administrator: true, deviceManager: false },
  'device:link-stock-location': { staff: AGENT, administrator: true, deviceManager: false },
  'device:register': { staff: AGENT, administrator: false, deviceManager: false },
  'device:decommission': { staff: AGENT, administrator: false, deviceManager: false },
  'device:edit-contract': {
    staff: AGENT,
    administrator: false,
    deviceManager: false,
    capability: 'CONTRACTS',
  },
  'device:set-e-maintenance': { staff: AGENT, administrator: false, deviceManager: false },
};

/**
 * Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for a caller whose role never
 * allows the action, whatever the device: it depends on the role alone, so it reveals nothing
 * about any device.
 */
export function assertMayAttempt(principal: Principal, action: DeviceAction): void {
  principal.requireSignedIn();
  const rule = RULES[action];
  if (principal.isServiceAccount) {
    if (!rule.capability || !principal.hasCapability(rule.capability)) throw forbidden();
  } else if (principal.isStaff) {
    if (!principal.hasStaffRole(...rule.staff)) throw forbidden();
  } else if (!rule.administrator && !rule.deviceManager) {
    throw forbidden();
  }
}

/**
 * Whether the caller may see the device (docs/domain.md: Administrator all on its accounts, Device
 * Manager its assigned devices, Stock Manager devices linked to its stock locations, staff
 * all). `listing`: as lists and look-ups show it (customers never see decommissioned devices);
 * otherwise as another subgraph's history refers to it.
 */
export function maySee(principal: Principal, device: Device, listing: boolean): boolean {
  if (principal.isAnonymous) return false;
  if (principal.isStaff) return true;
  if (listing && device.status === 'DECOMMISSIONED') return false;
  return principal.seesDevice({ ...device, deviceId: device.id });
}

/**
 * Whether the caller may do the action to this device, once assertMayAttempt let it try.
 * A device it may not change is reported as not found, even when it may see it.
 */
export function mayChange(principal: Principal, action: DeviceAction, device: Device): boolean {
  if (principal.isAnonymous) return false;
  const rule = RULES[action];
  if (principal.isServiceAccount) {
    return rule.capability !== undefined && principal.hasCapability(rule.capability);
  }
  if (principal.isStaff) return principal.hasStaffRole(...rule.staff);
  if (device.status === 'DECOMMISSIONED') return false;
  return (
    (rule.administrator && principal.hasRole(device.accountId, 'ADMINISTRATOR')) ||
    (rule.deviceManager &&
      principal.hasRole(device.accountId, 'DEVICE_MANAGER') &&
      principal.isAssignedDevice(device.id))
  );
}

/** What the caller may do to the device: mayChange of each action (Device.viewerCan). */
export function permissionsOn(principal: Principal, device: Device) {
  const may = (action: DeviceAction) => mayChange(principal, action, device);
  return {
    updateLocation: may('device:update-location'),
    requestRemoval: may('device:request-removal'),
    withdrawRemovalRequest: may('device:withdraw-removal-request'),
    linkStockLocation: may('device:link-stock-location'),
    decommission: may('device:decommission'),
    editContract: may('device:edit-contract'),
    setEMaintenance: may('device:set-e-maintenance'),
  };
}

/** The technician whose work (assigned orders) bounds the devices the caller sees, if it is one. */
export function assignedTechnician(principal: Principal): string | null {
  return principal.hasStaffRole('TECHNICIAN') ? principal.claims.id : null;
}
