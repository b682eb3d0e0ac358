import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const logout: MutationResolvers['logout'] = (_root, _args, { sessions }) =>
  sessions.logout();
