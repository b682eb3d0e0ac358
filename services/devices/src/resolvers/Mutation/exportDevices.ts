import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const exportDevices: MutationResolvers['exportDevices'] = (
  _root,
  { input: { format, filter } },
  { exports },
) => exports.request('DEVICES', format, { filter });
