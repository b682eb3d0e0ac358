import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const resolveServiceOrder: MutationResolvers['resolveServiceOrder'] = (
  _root,
  { id, comment },
  { serviceOrders },
) => serviceOrders.resolve(id, comment);
