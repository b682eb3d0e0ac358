import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const notificationPreferences: QueryResolvers['notificationPreferences'] = (
  _root,
  _args,
  { notifications },
) => notifications.preferences();
