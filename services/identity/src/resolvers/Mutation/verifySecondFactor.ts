import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const verifySecondFactor: MutationResolvers['verifySecondFactor'] = (
  _root,
  { challenge, code },
  { secondFactor },
) => secondFactor.verify(challenge, code);
