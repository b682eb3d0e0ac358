import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const devices: QueryResolvers['devices'] = (
  _root,
  { filter, first, after, orderBy },
  { devices },
) => devices.list(filter, first, after, orderBy);
