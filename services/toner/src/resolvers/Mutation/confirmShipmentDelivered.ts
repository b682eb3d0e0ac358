import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const confirmShipmentDelivered: MutationResolvers['confirmShipmentDelivered'] = (
  _root,
  { id },
  { shipments },
) => shipments.confirmDelivered(id);
