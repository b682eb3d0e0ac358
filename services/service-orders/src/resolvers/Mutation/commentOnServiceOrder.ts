import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const commentOnServiceOrder: MutationResolvers['commentOnServiceOrder'] = (
  _root,
  { id, comment, internal },
  { orderWorkflow },
) => orderWorkflow.comment(id, comment, internal);
