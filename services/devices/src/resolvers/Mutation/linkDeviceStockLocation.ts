import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const linkDeviceStockLocation: MutationResolvers['linkDeviceStockLocation'] = (
  _root,
  { deviceId, stockLocationId },
  { deviceChanges },
) => deviceChanges.linkStockLocation(deviceId, stockLocationId);
