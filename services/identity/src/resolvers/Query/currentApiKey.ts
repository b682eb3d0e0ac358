import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const currentApiKey: QueryResolvers['currentApiKey'] = (_root, _args, { apiKeys }) =>
  apiKeys.current();
