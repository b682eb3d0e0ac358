import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const shipments: QueryResolvers['shipments'] = (
  _root,
  { filter, first, after },
  { shipments },
) => shipments.list(filter, first, after);
