import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const closeServiceOrder: MutationResolvers['closeServiceOrder'] = (
  _root,
  { id, comment },
  { orderWorkflow },
) => orderWorkflow.close(id, comment);
