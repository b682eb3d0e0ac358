import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const approveShipment: MutationResolvers['approveShipment'] = (
  _root,
  { id },
  { shipments },
) => shipments.approve(id);
