import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const declineShipment: MutationResolvers['declineShipment'] = (
  _root,
  { id, reason },
  { shipments },
) => shipments.decline(id, reason);
