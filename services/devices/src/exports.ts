import { RequestLoaders, type ExportBuilders } from '@portal/platform';
import { DeviceService, type DeviceFilter } from './domain/device.service';
import { devicesExport } from './domain/device-export';

/** What devices exports in the background: the devices list, as the caller sees it. */
export const backgroundExports: ExportBuilders = {
  DEVICES: (dataSource, principal, args) =>
    devicesExport(
      new DeviceService(dataSource, principal, new RequestLoaders()).exportQuery(
        args.filter as DeviceFilter | null,
      ),
    ),
};
