import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const exportMeterReadings: MutationResolvers['exportMeterReadings'] = (
  _root,
  { input: { format, ...period } },
  { exports },
) => exports.request('METER_READINGS', format, period);
