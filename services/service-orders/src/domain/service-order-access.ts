import { forbidden, type Principal, type StaffRole } from '@portal/platform';
import { type DeviceSnapshotV1 } from '@portal/event-contracts';
import type { ServiceOrderStatus } from '../entities/service-order.entity';

/**
 * Who may do what to service orders (docs/domain.md's role tables). Customers: an Administrator for
 * every device of its accounts, a Device Manager for its assigned devices (create, cancel,
 * comment); Stock Managers and Self-Service users see no orders. Staff: the Service agent
 * enters orders by phone; agents and planners acknowledge, cancel and close; planners
 * schedule; the assigned technician starts, resolves and comments.
 */
export type ServiceOrderAction =
  | 'service-order:create'
  | 'service-order:cancel'
  | 'service-order:comment'
  | 'service-order:acknowledge'
  | 'service-order:schedule'
  | 'service-order:start'
  | 'service-order:resolve'
  | 'service-order:close';

interface Rule {
  staff: StaffRole[];
  /** Customers who may see the device (Administrator, assigned Device Manager). */
  customer: boolean;
}

const AGENT: StaffRole = 'SERVICE_AGENT';
const PLANNER: StaffRole = 'SERVICE_PLANNER';
const TECHNICIAN: StaffRole = 'TECHNICIAN';

const RULES: Record<ServiceOrderAction, Rule> = {
  'service-order:create': { staff: [AGENT], customer: true },
  'service-order:cancel': { staff: [AGENT, PLANNER], customer: true },
  'service-order:comment': { staff: [AGENT, PLANNER, TECHNICIAN], customer: true },
  'service-order:acknowledge': { staff: [AGENT, PLANNER], customer: false },
  'service-order:schedule': { staff: [PLANNER], customer: false },
  'service-order:start': { staff: [TECHNICIAN], customer: false },
  'service-order:resolve': { staff: [TECHNICIAN], customer: false },
  'service-order:close': { staff: [AGENT, PLANNER], customer: false },
};

/** A technician acts only on the orders assigned to it. */
export function onlyAssignedTechnician(principal: Principal): boolean {
  return principal.hasStaffRole(TECHNICIAN);
}

/** The lifecycle: the statuses each transition leaves from, and where it goes. */
export const TRANSITIONS = {
  'service-order:acknowledge': { from: ['SUBMITTED'], to: 'ACKNOWLEDGED' },
  // A SCHEDULED order may be given a new visit time or technician.
  'service-order:schedule': { from: ['ACKNOWLEDGED', 'SCHEDULED'], to: 'SCHEDULED' },
  'service-order:start': { from: ['SCHEDULED'], to: 'IN_PROGRESS' },
  'service-order:resolve': { from: ['IN_PROGRESS'], to: 'RESOLVED' },
  'service-order:close': { from: ['RESOLVED'], to: 'CLOSED' },
  'service-order:cancel': { from: ['SUBMITTED', 'ACKNOWLEDGED', 'SCHEDULED'], to: 'CANCELLED' },
} satisfies Partial<
  Record<ServiceOrderAction, { from: ServiceOrderStatus[]; to: ServiceOrderStatus }>
>;
export type TransitionAction = keyof typeof TRANSITIONS;

/**
 * Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN when the caller's role never
 * allows the action, whatever the order: it depends on the role alone, so it reveals nothing.
 */
export function assertMayAttempt(principal: Principal, action: ServiceOrderAction): void {
  principal.requireSignedIn();
  if (!roleMay(principal, action)) throw forbidden();
}

/** Whether the caller's role allows the action at all (signed-in callers). */
function roleMay(principal: Principal, action: ServiceOrderAction): boolean {
  const rule = RULES[action];
  return principal.isStaff ? principal.hasStaffRole(...rule.staff) : rule.customer;
}

/**
 * Whether the caller may do the action to an order it sees, now: its role's rule, a technician
 * only on its assigned orders, and a transition only from the statuses it leaves from. What the
 * mutations check, in the order they check it (ServiceOrder.viewerCan).
 */
export function mayActOn(
  principal: Principal,
  action: ServiceOrderAction,
  order: { status: ServiceOrderStatus; technicianId: string | null },
): boolean {
  if (principal.isAnonymous || !roleMay(principal, action)) return false;
  if (onlyAssignedTechnician(principal) && order.technicianId !== principal.claims.id) return false;
  const transition = (TRANSITIONS as Partial<Record<ServiceOrderAction, { from: string[] }>>)[
    action
  ];
  return !transition || transition.from.includes(order.status);
}

/** What the caller may do to an order it sees (ServiceOrder.viewerCan). */
export function permissionsOn(
  principal: Principal,
  order: { status: ServiceOrderStatus; technicianId: string | null },
) {
  const may = (action: ServiceOrderAction) => mayActOn(principal, action, order);
  return {
    cancel: may('service-order:cancel'),
    comment: may('service-order:comment'),
    acknowledge: may('service-order:acknowledge'),
    schedule: may('service-order:schedule'),
    start: may('service-order:start'),
    resolve: may('service-order:resolve'),
    close: may('service-order:close'),
  };
}

export type DeviceFacts = Pick<DeviceSnapshotV1, 'deviceId' | 'accountId'>;

/**
 * Whether the caller may see the device's orders, and (customers) create, cancel and comment
 * on them: staff every device; an Administrator the devices of its accounts; a Device Manager
 * its assigned devices on accounts where it holds the role. The device rule of the devices
 * subgraph, without Stock Managers (who see devices, not orders).
 */
export function maySeeOrdersOf(principal: Principal, device: DeviceFacts | null): boolean {
  if (principal.isAnonymous) return false;
  if (principal.isStaff) return true;
  return device !== null && principal.managesDevice(device);
}

/** A device as an order's creation judges it. */
export type CreatableDevice = DeviceFacts & Pick<DeviceSnapshotV1, 'status'>;

/**
 * Why the caller may not create an order on the device, or null when it may (after
 * assertMayAttempt): NOT_FOUND for a device whose orders it does not see (customers do not see
 * decommissioned devices, as the devices subgraph lists them), DEVICE_NOT_ACTIVE for one removed
 * or being removed. createServiceOrder refuses by it and Device.viewerCanCreateServiceOrder
 * answers from it.
 */
export function createRefusal(
  principal: Principal,
  device: CreatableDevice | null,
): 'NOT_FOUND' | 'DEVICE_NOT_ACTIVE' | null {
  const visible =
    device !== null &&
    maySeeOrdersOf(principal, device) &&
    (principal.isStaff || device.status !== 'DECOMMISSIONED');
  if (!visible) return 'NOT_FOUND';
  return device.status === 'ACTIVE' ? null : 'DEVICE_NOT_ACTIVE';
}

/** Whether the caller may create an order on the device now (Device.viewerCanCreateServiceOrder). */
export function mayCreateOrderOn(principal: Principal, device: CreatableDevice | null): boolean {
  if (principal.isAnonymous || !roleMay(principal, 'service-order:create')) return false;
  return createRefusal(principal, device) === null;
}
