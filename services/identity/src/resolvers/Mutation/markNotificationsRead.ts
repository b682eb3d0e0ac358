import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const markNotificationsRead: MutationResolvers['markNotificationsRead'] = (
  _root,
  { input },
  { notifications },
) => notifications.markRead(input.ids, input.all);
