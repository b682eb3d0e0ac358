import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const me: QueryResolvers['me'] = (_root, _args, { users }) => users.me();
