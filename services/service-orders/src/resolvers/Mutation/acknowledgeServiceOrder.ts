import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const acknowledgeServiceOrder: MutationResolvers['acknowledgeServiceOrder'] = (
  _root,
  { id, comment },
  { orderWorkflow },
) => orderWorkflow.acknowledge(id, comment);
