import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const accounts: QueryResolvers['accounts'] = (_root, _args, { accounts }) => accounts.list();
