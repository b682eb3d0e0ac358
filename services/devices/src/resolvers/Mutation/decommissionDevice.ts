import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const decommissionDevice: MutationResolvers['decommissionDevice'] = (
  _root,
  { deviceId, reason },
  { deviceChanges },
) => deviceChanges.decommission(deviceId, reason);
