import { TonerProduct } from './toner-product.entity';
import { DeviceModel } from './device-model.entity';
import { Device } from './device.entity';

export { TonerProduct, DeviceModel, Device };

export const entities = [TonerProduct, DeviceModel, Device];
