import type { BaseContext } from '@portal/platform';
import type { DeviceService } from './domain/device.service';

export interface DevicesContext extends BaseContext {
  devices: DeviceService;
}
