import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const notifications: QueryResolvers['notifications'] = (
  _root,
  { first, after, unreadOnly },
  { notifications },
) => notifications.list(first, after, unreadOnly);
