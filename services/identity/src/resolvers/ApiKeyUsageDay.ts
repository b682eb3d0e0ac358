import type { ApiKeyUsageDayResolvers } from '../__generated__/resolvers-types';

export const ApiKeyUsageDay: ApiKeyUsageDayResolvers = {
  // bigint arrives as a string; a day's cost fits a double exactly.
  cost: (usage) => Number(usage.cost),
};
