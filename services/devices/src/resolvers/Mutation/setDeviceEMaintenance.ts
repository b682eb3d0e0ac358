import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setDeviceEMaintenance: MutationResolvers['setDeviceEMaintenance'] = (
  _root,
  { deviceId, enabled },
  { deviceChanges },
) => deviceChanges.setEMaintenance(deviceId, enabled);
