import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const assignDevices: MutationResolvers['assignDevices'] = (
  _root,
  { userId, deviceIds },
  { membership },
) => membership.assignDevices(userId, deviceIds);
