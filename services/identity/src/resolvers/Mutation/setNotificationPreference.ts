import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setNotificationPreference: MutationResolvers['setNotificationPreference'] = (
  _root,
  { input },
  { notifications },
) => notifications.setPreference(input.type, input.enabled, input.delivery);
