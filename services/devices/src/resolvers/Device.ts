import { toGlobalId } from '@portal/platform';
import type { DeviceResolvers } from '../__generated__/resolvers-types';

export const Device: DeviceResolvers = {
  __resolveReference: ({ id }, { devices }) => devices.reference(id),
  id: (device) => toGlobalId('Device', device.id),
  model: (device, _args, { devices }) => devices.modelOf(device),
  account: (device) => ({ id: toGlobalId('Account', device.accountId) }),
  stockLocation: (device, _args, { devices }) => devices.stockLocationOf(device),
  viewerCan: (device, _args, { devices }) => devices.permissionsOn(device),
  locationHistory: (device, { first }, { devices }) => devices.locationHistoryOf(device, first),
  statusHistory: (device, { first }, { devices }) => devices.statusHistoryOf(device, first),
};
