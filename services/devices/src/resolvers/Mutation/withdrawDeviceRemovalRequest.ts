import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const withdrawDeviceRemovalRequest: MutationResolvers['withdrawDeviceRemovalRequest'] = (
  _root,
  { deviceId },
  { deviceChanges },
) => deviceChanges.withdrawRemovalRequest(deviceId);
