import { DeviceProjection } from './device-projection.entity';
import { MeterReading } from './meter-reading.entity';
import { MeterReadingValue } from './meter-reading-value.entity';
import { MeterReadingRequest } from './meter-reading-request.entity';

export { DeviceProjection, MeterReading, MeterReadingValue, MeterReadingRequest };

export const entities = [DeviceProjection, MeterReading, MeterReadingValue, MeterReadingRequest];
