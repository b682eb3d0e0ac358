import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createApiKey: MutationResolvers['createApiKey'] = (
  _root,
  { name, grants },
  { apiKeys },
) => apiKeys.create(name, grants);
