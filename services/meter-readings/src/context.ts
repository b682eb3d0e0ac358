import type { BaseContext } from '@portal/platform';
import type { MeterReadingService } from './domain/meter-reading.service';

export interface MeterReadingsContext extends BaseContext {
  readings: MeterReadingService;
}
