import type { PrintVolumeResolvers } from '../__generated__/resolvers-types';

export const PrintVolume: PrintVolumeResolvers = {
  months: (scope, _args, { analytics }) => analytics.months(scope),
  breakdown: (scope, { by, first }, { analytics }) => analytics.breakdown(scope, by, first),
  topDevices: (scope, { first }, { analytics }) => analytics.topDevices(scope, first),
  idleDevices: (scope, { first }, { analytics }) => analytics.idleDevices(scope, first),
  devicesNotReporting: (scope, { days, first }, { analytics }) =>
    analytics.devicesNotReporting(scope, days, first),
};
