import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createServiceOrder: MutationResolvers['createServiceOrder'] = (
  _root,
  { input },
  { orderWorkflow },
) => orderWorkflow.create(input);
