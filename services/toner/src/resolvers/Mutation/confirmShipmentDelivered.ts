import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const confirmShipmentDelivered: MutationResolvers['confirmShipmentDelivered'] = (
  _root,
  { id, quantityReceived },
  { shipments },
) => shipments.confirmDelivered(id, quantityReceived);
