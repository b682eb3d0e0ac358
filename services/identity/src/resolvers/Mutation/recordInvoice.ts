import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const recordInvoice: MutationResolvers['recordInvoice'] = (_root, { input }, { billing }) =>
  billing.recordInvoice(input);
