import type { ShipmentReceiptResolvers } from '../__generated__/resolvers-types';
import { undoableUntil } from '../domain/shipment.service';

export const ShipmentReceipt: ShipmentReceiptResolvers = {
  undoableUntil: (receipt) => undoableUntil(receipt),
};
