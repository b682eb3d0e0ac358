import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const requestDeviceRemoval: MutationResolvers['requestDeviceRemoval'] = (
  _root,
  { deviceId, reason },
  { deviceChanges },
) => deviceChanges.requestRemoval(deviceId, reason);
