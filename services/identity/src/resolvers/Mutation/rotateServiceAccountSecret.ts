import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const rotateServiceAccountSecret: MutationResolvers['rotateServiceAccountSecret'] = (
  _root,
  { id },
  { serviceAccounts },
) => serviceAccounts.rotate(id);
