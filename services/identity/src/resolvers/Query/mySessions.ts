import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const mySessions: QueryResolvers['mySessions'] = (_root, _args, { profile }) =>
  profile.sessions();
