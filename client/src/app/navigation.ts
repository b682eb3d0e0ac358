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
  { path: '/staff/orders', label: (m) => m.nav.orderQueue, visible: (a) => a.canSeeOrderQueue },
  {
    path: '/meter-readings',
    label: (m) => m.nav.meterReadings,
    visible: (a) => a.canSubmitMeterReadings,
  },
  { path: '/stock', label: (m) => m.nav.stock, visible: (a) => a.canSeeStock },
  { path: '/analytics', label: (m) => m.analytics.nav, visible: (a) => a.canSeeMeterReadings },
  { path: '/knowledge', label: (m) => m.nav.knowledge, visible: (a) => a.signedIn },
  { path: '/users', label: (m) => m.nav.users, visible: (a) => a.canManageUsers },
  { path: '/account', label: (m) => m.nav.account, visible: (a) => a.isCustomer },
  {
    path: '/staff/accounts',
    label: (m) => m.nav.staffAccounts,
    visible: (a) => a.isStaff && a.canSeeCreditStatus,
  },
];
