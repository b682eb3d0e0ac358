import type { Client } from 'urql';
import { graphql } from '../__generated__';
import type { DashboardQueryVariables } from '../__generated__/graphql';
import type { Access } from './access';
import { knownExpiry } from './session-refresh';

/**
 * The overview's counters. Which of them a user sees follows the roles, so the query needs the
 * session's answer first; on a slow line that is a round trip of its own. The flags of the last
 * sign-in are kept in this browser, so that opening the overview asks for the counters alongside
 * the session (prefetchDashboard) and the page finds them in the cache.
 */
export const DashboardDocument = graphql(`
  query Dashboard(
    $devices: Boolean!
    $users: Boolean!
    $orders: Boolean!
    $readings: Boolean!
    $stock: Boolean!
  ) {
    openOrders: serviceOrders(
      first: 1
      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS] }
    ) @include(if: $orders) {
      totalCount
    }
    overdueOrders: serviceOrders(
      first: 1
      filter: { status: [SUBMITTED, ACKNOWLEDGED, SCHEDULED, IN_PROGRESS], overdue: true }
    ) @include(if: $orders) {
      totalCount
    }
    meterReadingsDue(first: 1) @include(if: $readings) {
      totalCount
    }
    stockLocations @include(if: $stock) {
      id
      levels {
        belowMinimum
        toner {
          sku
        }
      }
    }
    devices(first: 1) @include(if: $devices) {
      totalCount
    }
    removalRequested: devices(first: 1, filter: { status: [REMOVAL_REQUESTED] })
      @include(if: $devices) {
      totalCount
    }
    organization @include(if: $users) {
      id
      users(first: 1) {
        totalCount
      }
    }
  }
`);

const FLAGS_KEY = 'portal.dashboard.flags';
/** A prefetch only with this much left of the access token: it must not race a renewal. */
const TOKEN_LEFT_MS = 30_000;

export function dashboardVariables(access: Access): DashboardQueryVariables {
  return {
    devices: access.canSeeDevices,
    users: access.canManageUsers,
    orders: access.canUseServiceOrders,
    readings: access.canSubmitMeterReadings,
    stock: access.canSeeStock,
  };
}

/** Keeps (or, signed out, forgets) the flags the overview's query will use next time. */
export function rememberDashboardFlags(access: Access | null): void {
  try {
    if (access?.signedIn)
      localStorage.setItem(FLAGS_KEY, JSON.stringify(dashboardVariables(access)));
    else localStorage.removeItem(FLAGS_KEY);
  } catch {
    // Storage may be unavailable (private mode): the overview then asks after the session.
  }
}

/** On the overview with a live access token: asks for its counters now, with the kept flags. */
export function prefetchDashboard(client: Client): void {
  if (window.location.pathname !== '/') return;
  const expiry = knownExpiry();
  if (expiry === null || expiry - Date.now() < TOKEN_LEFT_MS) return;
  let flags: DashboardQueryVariables;
  try {
    const stored = localStorage.getItem(FLAGS_KEY);
    if (!stored) return;
    flags = JSON.parse(stored) as DashboardQueryVariables;
  } catch {
    return;
  }
  void client.query(DashboardDocument, flags).toPromise();
}
