import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const resolveServiceOrder: MutationResolvers['resolveServiceOrder'] = (
  _root,
  { id, comment },
  { orderWorkflow },
) => orderWorkflow.resolve(id, comment);
