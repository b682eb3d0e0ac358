import { toGlobalId } from '@portal/platform';
import type { AuditEventResolvers } from '../__generated__/resolvers-types';

export const AuditEvent: AuditEventResolvers = {
  targetUserId: (event) => (event.targetUserId ? toGlobalId('User', event.targetUserId) : null),
  details: (event) => (event.details ? JSON.stringify(event.details) : null),
};
