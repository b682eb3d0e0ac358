import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const unsubscribeNotifications: MutationResolvers['unsubscribeNotifications'] = (
  _root,
  { token },
  { notifications },
) => notifications.unsubscribe(token);
