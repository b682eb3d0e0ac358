import type { MeQuery, Role } from '../__generated__/graphql';

export type Me = NonNullable<MeQuery['me']>;

/**
 * What the signed-in user may use, from `me { staffRole grants }`: docs/domain.md's roles table. The
 * server decides every read and write; this only decides what to show.
 */
export interface Access {
  signedIn: boolean;
  isStaff: boolean;
  isCustomer: boolean;
  hasRole(role: Role, accountId?: string): boolean;
  /** Accounts on which the user is Administrator. */
  administeredAccounts: Me['grants'][number]['account'][];
  isAdministrator: boolean;
  /** Administrators, Device Managers, Stock Managers (read-only) and staff. */
  canSeeDevices: boolean;
  /** Administrators and Device Managers (their devices), and service agents. */
  canChangeDevices: boolean;
  canEditLocation(device: { id: string; account: { id: string } }): boolean;
  canRequestRemoval(device: { account: { id: string } }): boolean;
  /** Stock locations, levels and shipments: Administrators and Stock Managers (toner subgraph). */
  canSeeStock: boolean;
  /** Service orders and meter readings: Administrators and Device Managers, and staff. */
  canUseServiceOrders: boolean;
  /** Administrators, Device Managers (their devices) and service agents (by phone). */
  canCreateServiceOrders: boolean;
  canSubmitMeterReadings: boolean;
  isAgent: boolean;
  isPlanner: boolean;
  isTechnician: boolean;
  canManageUsers: boolean;
  /** Credit status and payment history: service-centre staff only. */
  canSeeCreditStatus: boolean;
}

export function accessOf(me: Me | null): Access {
  const grants = me?.grants ?? [];
  const isStaff = Boolean(me?.staffRole);
  const hasRole = (role: Role, accountId?: string) =>
    grants.some((g) => g.role === role && (accountId === undefined || g.account.id === accountId));
  const administeredAccounts = grants
    .filter((g) => g.role === 'ADMINISTRATOR')
    .map((g) => g.account)
    .sort((a, b) => a.customerAccountNumber.localeCompare(b.customerAccountNumber));
  const isAdministrator = administeredAccounts.length > 0;
  const isDeviceManager = hasRole('DEVICE_MANAGER');
  const assigned = new Set(me?.assignedDevices.map((d) => d.id));
  const isAgent = me?.staffRole === 'SERVICE_AGENT';
  return {
    signedIn: me !== null,
    isStaff,
    isCustomer: me !== null && !isStaff,
    hasRole,
    administeredAccounts,
    isAdministrator,
    canSeeDevices: isStaff || isAdministrator || isDeviceManager || hasRole('STOCK_MANAGER'),
    canChangeDevices: isAgent || isAdministrator || isDeviceManager,
    canEditLocation: (device) =>
      isAgent ||
      hasRole('ADMINISTRATOR', device.account.id) ||
      (hasRole('DEVICE_MANAGER', device.account.id) && assigned.has(device.id)),
    canRequestRemoval: (device) => hasRole('ADMINISTRATOR', device.account.id),
    canSeeStock: isAdministrator || hasRole('STOCK_MANAGER'),
    canUseServiceOrders: isStaff || isAdministrator || isDeviceManager,
    canCreateServiceOrders: isAgent || isAdministrator || isDeviceManager,
    canSubmitMeterReadings: isAgent || isAdministrator || isDeviceManager,
    isAgent,
    isPlanner: me?.staffRole === 'SERVICE_PLANNER',
    isTechnician: me?.staffRole === 'TECHNICIAN',
    canManageUsers: isAdministrator,
    canSeeCreditStatus: isStaff,
  };
}
