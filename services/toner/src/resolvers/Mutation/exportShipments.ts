import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const exportShipments: MutationResolvers['exportShipments'] = (
  _root,
  { input: { format, ...period } },
  { exports },
) => exports.request('SHIPMENTS', format, period);
