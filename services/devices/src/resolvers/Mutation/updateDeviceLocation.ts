import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateDeviceLocation: MutationResolvers['updateDeviceLocation'] = (
  _root,
  { deviceId, location },
  { deviceChanges },
) => deviceChanges.updateLocation(deviceId, location);
