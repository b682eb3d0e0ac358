import { GraphQLDate, GraphQLDateTime } from '@portal/platform';
import { exportDevices } from './Mutation/exportDevices';
import { deviceExport } from './Query/deviceExport';
import { ExportJob } from './ExportJob';
import type { Resolvers } from '../__generated__/resolvers-types';
import { devices } from './Query/devices';
import { device } from './Query/device';
import { deviceBySerialNumber } from './Query/deviceBySerialNumber';
import { deviceModels } from './Query/deviceModels';
import { updateDeviceLocation } from './Mutation/updateDeviceLocation';
import { requestDeviceRemoval } from './Mutation/requestDeviceRemoval';
import { withdrawDeviceRemovalRequest } from './Mutation/withdrawDeviceRemovalRequest';
import { decommissionDevice } from './Mutation/decommissionDevice';
import { registerDevice } from './Mutation/registerDevice';
import { updateDeviceContract } from './Mutation/updateDeviceContract';
import { setDeviceEMaintenance } from './Mutation/setDeviceEMaintenance';
import { linkDeviceStockLocation } from './Mutation/linkDeviceStockLocation';
import { Device } from './Device';
import { DeviceModel } from './DeviceModel';
import { Account } from './Account';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  Query: { devices, device, deviceBySerialNumber, deviceModels, deviceExport },
  Mutation: {
    exportDevices,
    updateDeviceLocation,
    requestDeviceRemoval,
    withdrawDeviceRemovalRequest,
    decommissionDevice,
    registerDevice,
    updateDeviceContract,
    setDeviceEMaintenance,
    linkDeviceStockLocation,
  },
  Device,
  DeviceModel,
  Account,
  ExportJob,
};
