import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const requestMeterUsageStatement: MutationResolvers['requestMeterUsageStatement'] = (
  _root,
  { input },
  { exports },
) => exports.request('METER_USAGE_STATEMENT', 'PDF', input);
