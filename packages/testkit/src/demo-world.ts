// The demo world's ids and names (services/platform/src/demo.ts, docs/demo-data.md): for tests
// and benches about the demo world itself, e.g. the visual check of what the demo shows or a bench
// on the demo database. A test of anything else builds what it asserts on (./builders).
import { demoIds, toGlobalId } from '@portal/platform';
import { orderFor } from './service-orders';

/** A demo device's global id, by its serial number (e.g. NP1000006). */
export const deviceId = (serial: string) => toGlobalId('Device', demoIds.device(serial));
/** A demo account's global id, by its customer account number (e.g. 100200). */
export const accountId = (number: string) => toGlobalId('Account', demoIds.account(number));

/** A new service order's input for a demo device, by its serial number. */
export const orderInput = (serial: string, extra: Record<string, unknown> = {}) =>
  orderFor(deviceId(serial), extra);

/** The demo customers' stock locations, by name. */
export const HQ = 'Copenhagen HQ store';
export const AARHUS = 'Aarhus store';
export const FJORD = 'Fjord main store';
