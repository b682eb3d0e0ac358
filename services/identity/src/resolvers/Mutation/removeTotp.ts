import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const removeTotp: MutationResolvers['removeTotp'] = (_root, { code }, { secondFactor }) =>
  secondFactor.remove(code);
