import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const deviceModels: QueryResolvers['deviceModels'] = (
  _root,
  { first, after },
  { devices },
) => devices.models(first, after);
