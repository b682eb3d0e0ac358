import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const dispatchShipment: MutationResolvers['dispatchShipment'] = (
  _root,
  { id, input },
  { shipments },
) => shipments.dispatch(id, input);
