import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const revokeApiKey: MutationResolvers['revokeApiKey'] = (_root, { id }, { apiKeys }) =>
  apiKeys.revoke(id);
