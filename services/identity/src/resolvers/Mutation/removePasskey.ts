import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const removePasskey: MutationResolvers['removePasskey'] = (_root, { id }, { passkeys }) =>
  passkeys.remove(id);
