import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const unassignDevices: MutationResolvers['unassignDevices'] = (
  _root,
  { userId, deviceIds },
  { membership },
) => membership.unassignDevices(userId, deviceIds);
