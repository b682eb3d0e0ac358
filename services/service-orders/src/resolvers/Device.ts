import type { DeviceResolvers } from '../__generated__/resolvers-types';

/** service-orders adds the device's orders; the device itself is the devices subgraph's. */
export const Device: DeviceResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  serviceOrders: (device, { status, first, after }, { serviceOrders }) =>
    serviceOrders.forDevice(device, status, first, after),
  openServiceOrderCount: (device, _args, { serviceOrders }) => serviceOrders.openCountFor(device),
  viewerCanCreateServiceOrder: (device, _args, { serviceOrders }) =>
    serviceOrders.mayCreateFor(device),
};
