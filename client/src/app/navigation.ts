import type { Messages } from '../i18n/en';
import type { Access } from './access';

export interface Section {
  path: string;
  label(m: Messages): string;
  visible(access: Access): boolean;
}

/** The main navigation: each section shown only when the server says the user may use it (access.ts). */
export const SECTIONS: readonly Section[] = [
  { path: '/', label: (m) => m.nav.dashboard, visible: (a) => a.signedIn },
  { path: '/devices', label: (m) => m.nav.devices, visible: (a) => a.canSeeDevices },
  {
    path: '/service-orders',
    label: (m) => m.nav.serviceOrders,
    visible: (a) => a.canUseServiceOrders && a.isCustomer,
  },
  {
    path: '/staff/orders',
    label: (m) => m.nav.orderQueue,
    visible: (a) => a.canSeeOrderQueue && !a.isTechnician,
  },
  // A technician's queue holds only the orders planned for it (the API's rule).
  {
    path: '/staff/orders',
    label: (m) => m.nav.myOrders,
    visible: (a) => a.canSeeOrderQueue && a.isTechnician,
  },
  {
    path: '/meter-readings',
    label: (m) => m.nav.meterReadings,
    visible: (a) => a.canSubmitMeterReadings,
  },
  { path: '/stock', label: (m) => m.nav.stock, visible: (a) => a.canSeeStock },
  {
    path: '/staff/shipments',
    label: (m) => m.stockWork.navLabel,
    visible: (a) => a.canApproveShipments,
  },
  // The service centre's phone work: finding customers' users, removal requests.
  {
    path: '/staff/users',
    label: (m) => m.staffWork.usersNav,
    visible: (a) => a.canFindCustomerUsers,
  },
  {
    path: '/staff/removals',
    label: (m) => m.staffWork.removalsNav,
    visible: (a) => a.canDecommissionDevices,
  },
  { path: '/analytics', label: (m) => m.analytics.nav, visible: (a) => a.canSeeMeterReadings },
  { path: '/knowledge', label: (m) => m.nav.knowledge, visible: (a) => a.signedIn },
  { path: '/users', label: (m) => m.nav.users, visible: (a) => a.canManageUsers },
  {
    path: '/settings/webhooks',
    label: (m) => m.nav.webhooks,
    visible: (a) => a.canManageWebhooks,
  },
  // Invoices of the accounts a customer administers; the agent reads them at /staff/accounts.
  {
    path: '/invoices',
    label: (m) => m.invoices.nav,
    visible: (a) => a.canSeeInvoices && a.isCustomer,
  },
  { path: '/account', label: (m) => m.nav.account, visible: (a) => a.isCustomer },
  {
    path: '/staff/accounts',
    label: (m) => m.nav.staffAccounts,
    visible: (a) => a.isStaff && a.canSeeCreditStatus,
  },
];
