import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const passkeys: QueryResolvers['passkeys'] = (_root, _args, { passkeys }) => passkeys.list();
