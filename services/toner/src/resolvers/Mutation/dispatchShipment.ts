import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const dispatchShipment: MutationResolvers['dispatchShipment'] = (
  _root,
  { id },
  { shipments },
) => shipments.dispatch(id);
