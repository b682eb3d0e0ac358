import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const auditTrail: QueryResolvers['auditTrail'] = (
  _root,
  { userId, first, after },
  { auditTrail },
) => auditTrail.list(userId, first, after);
