import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const exportServiceOrders: MutationResolvers['exportServiceOrders'] = (
  _root,
  { input: { format, ...period } },
  { exports },
) => exports.request('SERVICE_ORDERS', format, period);
