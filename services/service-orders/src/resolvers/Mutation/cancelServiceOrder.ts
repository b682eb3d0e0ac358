import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const cancelServiceOrder: MutationResolvers['cancelServiceOrder'] = (
  _root,
  { id, reason },
  { orderWorkflow },
) => orderWorkflow.cancel(id, reason);
