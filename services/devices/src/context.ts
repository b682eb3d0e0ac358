import type { BaseContext } from '@portal/platform';
import type { DeviceService } from './domain/device.service';
import type { DeviceChangeService } from './domain/device-change.service';

export interface DevicesContext extends BaseContext {
  devices: DeviceService;
  deviceChanges: DeviceChangeService;
}
