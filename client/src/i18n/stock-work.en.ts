import type { TonerColour } from '../__generated__/graphql';

export interface ReasonWords {
  serialNumber?: string | null;
  alertId?: string | null;
  colour?: TonerColour | null;
  levelPercent?: number | null;
  position?: number | null;
  minimumLevel?: number | null;
  targetLevel?: number | null;
  note?: string | null;
}

const COLOURS: Record<TonerColour, string> = {
  BLACK: 'black',
  CYAN: 'cyan',
  MAGENTA: 'magenta',
  YELLOW: 'yellow',
};

/** Stock locations' set-up, supply orders by hand, deliveries, and the service centre's shipments (English). */
export const stockWorkEn = {
  reason: {
    TONER_LOW: (r: ReasonWords) =>
      [
        `Toner low on ${r.serialNumber ?? 'a device'}`,
        r.colour ? ` (${COLOURS[r.colour]} at ${r.levelPercent ?? '?'} %)` : '',
        r.position !== null && r.position !== undefined
          ? `: ${r.position} in stock and on the way, below the minimum of ${r.minimumLevel}; ordered up to the target of ${r.targetLevel}.`
          : '.',
      ].join(''),
    MANUAL_REQUEST: (r: ReasonWords) =>
      r.note ? `Requested by hand: “${r.note}”` : 'Requested by hand.',
  },
  requestedBy: (name: string) => `Requested by ${name}`,
  editLocation: 'Edit location',
  locationTitle: (name: string) => `Edit ${name}`,
  name: 'Name',
  address: 'Delivery address',
  shippingInstructions: 'Shipping instructions',
  shippingHint: 'For the carrier, e.g. goods reception, gate 3.',
  contactName: 'Contact',
  saveLocation: 'Save location',
  locationSaved: 'The location is saved.',
  editLevels: 'Change minimum and target',
  levelsTitle: (name: string) => `Minimum and target of ${name}`,
  levelsIntro:
    'Below the minimum (on hand and on the way), toner is ordered up to the target. The quantity on hand stays as counted.',
  minimumOf: (toner: string) => `Minimum: ${toner}`,
  targetOf: (toner: string) => `Target: ${toner}`,
  saveLevels: 'Save minimum and target',
  levelsSaved: 'Minimum and target are saved.',
  targetBelowMinimum: 'The target is at least the minimum.',
  requestToner: 'Request toner',
  requestTitle: (name: string) => `Request toner for ${name}`,
  requestIntro:
    'For devices without e-Maintenance: the service centre approves the request and sends the toner.',
  product: 'Toner',
  units: 'Units',
  note: 'Note for the service centre',
  noteHint: 'E.g. which printers it is for.',
  sendRequest: 'Send request',
  requestSent: (quantity: string, toner: string) =>
    `Your request for ${quantity} × ${toner} is sent. The service centre approves it before it is shipped.`,
  wholeUnits: 'Enter a whole number of 1 or more.',
  received: 'Units received',
  receivedOf: (toner: string) => `Units received of ${toner}`,
  confirm: 'Confirm',
  outstanding: (n: string) => `${n} outstanding`,
  receivedSoFar: (received: string, of: string) => `${received} of ${of} received`,
  deliveredShort: (received: string, outstanding: string, toner: string) =>
    `${received} × ${toner} added to the stock; ${outstanding} still outstanding.`,
  undo: 'Undo',
  undoOf: (toner: string) => `Undo the last delivery of ${toner}`,
  undone: (quantity: string, toner: string) =>
    `The delivery of ${quantity} × ${toner} is undone and taken out of the stock again.`,
  tracking: (carrier: string, number: string) => `${carrier} ${number}`,
  declined: (reason: string) => `Declined: ${reason}`,
  // The service centre's screen.
  queueTitle: 'Toner shipments',
  queueIntro:
    'Requests by hand wait for approval; approved and automatic orders wait to be dispatched with the carrier’s tracking number.',
  navLabel: 'Toner shipments',
  requestsTitle: 'Requests to approve',
  noRequests: 'No requests wait for approval.',
  toDispatchTitle: 'To dispatch',
  nothingToDispatch: 'Nothing waits to be dispatched.',
  onTheWayTitle: 'On the way',
  nothingOnTheWay: 'Nothing is on the way.',
  location: 'Stock location',
  approve: 'Approve',
  approveOf: (quantity: string, toner: string, location: string) =>
    `Approve ${quantity} × ${toner} for ${location}`,
  approved: (quantity: string, toner: string) =>
    `${quantity} × ${toner} approved: dispatch it below.`,
  decline: 'Decline',
  declineReason: 'Why it is declined (the customer sees this)',
  declineOf: (quantity: string, toner: string, location: string) =>
    `Decline ${quantity} × ${toner} for ${location}`,
  declinedDone: (quantity: string, toner: string) =>
    `The request for ${quantity} × ${toner} is declined.`,
  carrier: 'Carrier',
  trackingNumber: 'Tracking number',
  dispatch: 'Dispatch',
  dispatchOf: (quantity: string, toner: string, location: string) =>
    `Dispatch ${quantity} × ${toner} to ${location}`,
  dispatched: (quantity: string, toner: string) => `${quantity} × ${toner} is dispatched.`,
  // Stock Managers at invitation and on a user's page.
  stockLocationsToManage: 'Stock locations to manage',
  stockLocationsNeedManager:
    'Give the user the Stock Manager role on an account to assign its stock locations.',
  noStockLocations: 'No stock locations assigned.',
  assignStockLocation: 'Assign stock location',
  unassignStockLocation: (name: string) => `Remove ${name}`,
  stockLocationAssigned: (name: string) => `${name} is assigned.`,
  stockLocationUnassigned: (name: string) => `${name} is no longer assigned.`,
  codes: {
    MORE_THAN_OUTSTANDING: (n: number) => `Only ${n} units are outstanding.`,
    NOTHING_TO_UNDO: 'There is no delivery to undo.',
    UNDO_EXPIRED: 'A delivery can be undone for 5 minutes only. Record a stock count instead.',
  },
};
