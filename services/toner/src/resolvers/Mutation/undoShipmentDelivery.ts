import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const undoShipmentDelivery: MutationResolvers['undoShipmentDelivery'] = (
  _root,
  { id },
  { shipments },
) => shipments.undoDelivery(id);
