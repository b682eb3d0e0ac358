import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const login: MutationResolvers['login'] = (_root, { email, password }, { sessions }) =>
  sessions.login(email, password);
