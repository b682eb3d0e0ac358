import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createSandbox: MutationResolvers['createSandbox'] = (
  _root,
  { input },
  { sandboxes },
) => sandboxes.create(input);
