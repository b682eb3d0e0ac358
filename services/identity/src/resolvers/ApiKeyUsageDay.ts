import type { ApiKeyUsageDayResolvers } from '../__generated__/resolvers-types';

export const ApiKeyUsageDay: ApiKeyUsageDayResolvers = {
  // bigint arrives as a string; a day's cost fits a double exactly.
  cost: (usage) => Number(usage.cost),
  deprecatedFields: (usage) =>
    Object.entries(usage.deprecated)
      .map(([coordinate, requests]) => ({ coordinate, requests }))
      .sort((a, b) => a.coordinate.localeCompare(b.coordinate)),
};
