import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const requestToner: MutationResolvers['requestToner'] = (
  _root,
  { input },
  { supplyOrders },
) => supplyOrders.request(input);
