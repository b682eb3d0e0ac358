import { GraphQLDate, GraphQLDateTime } from '@portal/platform';
import type { Resolvers } from '../__generated__/resolvers-types';
import { devices } from './Query/devices';
import { device } from './Query/device';
import { deviceBySerialNumber } from './Query/deviceBySerialNumber';
import { Device } from './Device';
import { DeviceModel } from './DeviceModel';
import { Account } from './Account';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  Query: { devices, device, deviceBySerialNumber },
  Device,
  DeviceModel,
  Account,
};
