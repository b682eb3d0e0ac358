import type { ShipmentViewFragment } from '../../__generated__/graphql';
import type { Messages } from '../../i18n/en';

/** Why a shipment exists, in the reader's language, from the code and its parameters. */
export function reasonText(shipment: Pick<ShipmentViewFragment, 'reasonDetails'>, m: Messages) {
  const { code, ...words } = shipment.reasonDetails;
  return m.stockWork.reason[code](words);
}

/** The latest delivery that can still be taken back, if any. */
export function undoableReceipt(shipment: Pick<ShipmentViewFragment, 'receipts'>, now: number) {
  const latest = shipment.receipts.filter((r) => !r.undoneAt).at(-1);
  return latest?.undoableUntil && Date.parse(latest.undoableUntil) > now ? latest : null;
}
