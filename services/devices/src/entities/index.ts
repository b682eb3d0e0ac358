import { TonerProduct } from './toner-product.entity';
import { DeviceModel } from './device-model.entity';
import { Device } from './device.entity';
import { DeviceLocationChange } from './device-location-change.entity';
import { DeviceChange } from './device-change.entity';
import { IdempotentRequest } from '@portal/platform';

export { TonerProduct, DeviceModel, Device, DeviceLocationChange, DeviceChange, IdempotentRequest };

export const entities = [
  TonerProduct,
  DeviceModel,
  Device,
  DeviceLocationChange,
  DeviceChange,
  IdempotentRequest,
];
