import type { ServiceOrderAnalyticsResolvers } from '../__generated__/resolvers-types';

export const ServiceOrderAnalytics: ServiceOrderAnalyticsResolvers = {
  months: (scope, _args, { analytics }) => analytics.months(scope),
  weeks: (scope, _args, { analytics }) => analytics.weeks(scope),
  accounts: (scope, { first }, { analytics }) => analytics.accounts(scope, first),
};
