import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const startServiceOrder: MutationResolvers['startServiceOrder'] = (
  _root,
  { id },
  { orderWorkflow },
) => orderWorkflow.start(id);
