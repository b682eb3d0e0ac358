import { fromGlobalId } from '@portal/platform';
import type { DeviceResolvers } from '../__generated__/resolvers-types';

/** identity adds the device's managers; the device itself is the devices subgraph's. */
export const Device: DeviceResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  managers: (device, _args, { users }) => {
    const local = fromGlobalId('Device', device.id);
    return local ? users.managersOf(local) : [];
  },
};
