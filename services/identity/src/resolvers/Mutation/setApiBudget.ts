import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setApiBudget: MutationResolvers['setApiBudget'] = (_root, { input }, { apiBudgets }) =>
  apiBudgets.set(input);
