import type { Messages } from '../i18n/en';
import type { Access } from './access';

export interface Section {
  path: string;
  label(m: Messages): string;
  visible(access: Access): boolean;
}

/**
 * The main navigation: each section shown only to roles that may use it. Sections of subgraphs
 * that are not in the supergraph yet slot in here with their predicates from access.ts:
 *   service orders   /service-orders    access.canUseServiceOrders
 *   meter readings   /meter-readings    access.canSubmitMeterReadings (with the CSV upload)
 *   stock locations  /stock             access.canSeeStock
 *   order queue      /staff/orders      access.isStaff
 */
export const SECTIONS: readonly Section[] = [
  { path: '/', label: (m) => m.nav.dashboard, visible: (a) => a.signedIn },
  { path: '/devices', label: (m) => m.nav.devices, visible: (a) => a.canSeeDevices },
  { path: '/knowledge', label: (m) => m.nav.knowledge, visible: (a) => a.signedIn },
  { path: '/users', label: (m) => m.nav.users, visible: (a) => a.canManageUsers },
  { path: '/account', label: (m) => m.nav.account, visible: (a) => a.isCustomer },
  { path: '/staff/accounts', label: (m) => m.nav.staffAccounts, visible: (a) => a.isStaff },
];
