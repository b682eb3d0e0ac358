import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const apiKeys: QueryResolvers['apiKeys'] = (_root, _args, { apiKeys }) => apiKeys.list();
