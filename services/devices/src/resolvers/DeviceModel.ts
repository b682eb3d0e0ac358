import { toGlobalId } from '@portal/platform';
import type { DeviceModelResolvers } from '../__generated__/resolvers-types';

export const DeviceModel: DeviceModelResolvers = {
  id: (model) => toGlobalId('DeviceModel', model.id),
  tonerProducts: (model, _args, { devices }) => devices.tonerProductsOf(model),
};
