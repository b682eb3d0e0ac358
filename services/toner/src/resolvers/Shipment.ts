import { toGlobalId } from '@portal/platform';
import type { ShipmentResolvers } from '../__generated__/resolvers-types';

export const Shipment: ShipmentResolvers = {
  __resolveReference: ({ id }, { shipments }) => shipments.reference(id),
  id: (shipment) => toGlobalId('Shipment', shipment.id),
  stockLocation: (shipment, _args, { shipments }) => shipments.locationOf(shipment),
  toner: (shipment, _args, { stockLocations }) => stockLocations.product(shipment.sku),
  history: (shipment, _args, { shipments }) => shipments.historyOf(shipment),
  receipts: (shipment, _args, { shipments }) => shipments.receiptsOf(shipment),
  reasonDetails: (shipment) => ({ code: shipment.reasonCode, ...shipment.reasonParameters }),
  outstanding: (shipment) =>
    shipment.status === 'DECLINED' ? 0 : shipment.quantity - shipment.quantityReceived,
};
