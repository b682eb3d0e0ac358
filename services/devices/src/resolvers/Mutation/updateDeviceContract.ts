import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateDeviceContract: MutationResolvers['updateDeviceContract'] = (
  _root,
  { deviceId, contract },
  { deviceChanges },
) => deviceChanges.updateContract(deviceId, contract);
