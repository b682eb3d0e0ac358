import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const register: MutationResolvers['register'] = (_root, { input }, { registration }) =>
  registration.register(input);
