import { forbidden, type Principal } from '@portal/platform';
import { deviceAcceptsNewWork, type DeviceSnapshotV1 } from '@portal/event-contracts';
import type { ReadingSource } from './meter-reading';

/** The facts about a device that decide who may see and submit its readings. */
export interface DeviceAccountFacts {
  deviceId: string;
  accountId: string;
}

/**
 * Who sees a device's readings (docs/domain.md): agents and planners all, technicians none; an Administrator the devices of its
 * accounts (integration keys too, with their Administrator grants); a Device Manager its
 * assigned devices on accounts where it holds the role. Stock Managers and Self-Service users
 * see none, although the first see some devices. Decommissioned devices keep their history.
 */
export function maySeeReadings(principal: Principal, device: DeviceAccountFacts): boolean {
  if (principal.isAnonymous) return false;
  // A technician's work (its assigned orders) needs no billing readings.
  if (principal.isStaff) return principal.readsEveryOrganization;
  return principal.managesDevice(device);
}

/**
 * Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for staff who never submit
 * readings (planners, technicians): a rule of the role alone, so it reveals nothing about any
 * device. Customers go on to the device, where one they may not submit for is "not found".
 */
export function assertMayAttemptSubmit(principal: Principal): void {
  principal.requireSignedIn();
  if (!submitterRole(principal)) throw forbidden();
}

/** Staff submit readings only as the Service agent (by phone). */
function submitterRole(principal: Principal): boolean {
  return !principal.isStaff || principal.hasStaffRole('SERVICE_AGENT');
}

/**
 * Whether the caller may submit a reading for the device now: the role, the device, and a device
 * that takes readings, as submitMeterReadings judges them (Device.viewerCanSubmitMeterReading).
 */
export function maySubmitNow(
  principal: Principal,
  device: DeviceAccountFacts & Pick<DeviceSnapshotV1, 'status'>,
): boolean {
  if (principal.isAnonymous || !submitterRole(principal)) return false;
  return maySubmit(principal, device) && deviceAcceptsNewWork(device);
}

/** Whether the caller may submit for a device (once assertMayAttemptSubmit let it try). */
export function maySubmit(principal: Principal, device: DeviceAccountFacts): boolean {
  return maySeeReadings(principal, device);
}

/** Only a service agent, entering a reading taken by phone, may date it before today. */
export function mayBackdate(principal: Principal): boolean {
  return principal.hasStaffRole('SERVICE_AGENT');
}

/** Only a service agent corrects or voids accepted readings (ReadingCorrections). */
export function mayCorrect(principal: Principal): boolean {
  return principal.hasStaffRole('SERVICE_AGENT');
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for any caller but the agent. */
export function assertMayCorrect(principal: Principal): void {
  principal.requireSignedIn();
  if (!mayCorrect(principal)) throw forbidden();
}

/** Staff enter readings by phone; integration keys send e-Maintenance readings when the device has it. */
export function sourceOf(principal: Principal, device: { eMaintenance: boolean }): ReadingSource {
  if (principal.isStaff) return 'PHONE';
  if (principal.claims.kind === 'apiKey' && device.eMaintenance) return 'E_MAINTENANCE';
  return 'PORTAL';
}

/**
 * maySeeReadings as SQL over a device_projection alias; null when the caller sees no device's
 * readings at all.
 */
export function visibleDevicesCondition(
  principal: Principal,
  alias: string,
): { sql: string; params: Record<string, unknown> } | null {
  if (principal.isAnonymous) return null;
  // Every organisation's but partners' sandboxes: no part of the service centre's work.
  if (principal.isStaff)
    return principal.readsEveryOrganization
      ? { sql: `(${alias}.snapshot->>'sandbox') IS DISTINCT FROM 'true'`, params: {} }
      : null;
  const admin = principal.accountsWhere('ADMINISTRATOR');
  const deviceManager = principal.accountsWhere('DEVICE_MANAGER');
  const assigned = principal.claims.deviceIds;
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (admin.length) {
    conditions.push(`${alias}.account_id IN (:...admin)`);
    params.admin = admin;
  }
  if (deviceManager.length && assigned.length) {
    conditions.push(
      `(${alias}.device_id IN (:...assigned) AND ${alias}.account_id IN (:...deviceManager))`,
    );
    Object.assign(params, { assigned, deviceManager });
  }
  return conditions.length ? { sql: `(${conditions.join(' OR ')})`, params } : null;
}
