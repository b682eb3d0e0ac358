import { toGlobalId } from '@portal/platform';
import type { ApiKeyResolvers } from '../__generated__/resolvers-types';

export const ApiKey: ApiKeyResolvers = {
  id: (key) => toGlobalId('ApiKey', key.id),
  grants: (key, _args, { apiKeys }) => apiKeys.grantsOf(key),
  usage: (key, { days }, { apiKeyUsage }) => apiKeyUsage.usageOf(key, days),
};
