import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const regenerateRecoveryCodes: MutationResolvers['regenerateRecoveryCodes'] = (
  _root,
  { code },
  { secondFactor },
) => secondFactor.regenerateRecoveryCodes(code);
