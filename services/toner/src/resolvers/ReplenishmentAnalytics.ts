import type { ReplenishmentAnalyticsResolvers } from '../__generated__/resolvers-types';

export const ReplenishmentAnalytics: ReplenishmentAnalyticsResolvers = {
  months: (scope, _args, { analytics }) => analytics.months(scope),
  locations: (scope, { first }, { analytics }) => analytics.locations(scope, first),
};
