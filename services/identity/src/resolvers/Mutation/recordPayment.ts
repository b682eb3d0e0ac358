import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const recordPayment: MutationResolvers['recordPayment'] = (_root, { input }, { billing }) =>
  billing.recordPayment(input);
