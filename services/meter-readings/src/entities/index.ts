import { ExportChunk, ExportJob } from '@portal/platform';
import { DeviceProjection } from './device-projection.entity';
import { MeterReading } from './meter-reading.entity';
import { MeterReadingValue } from './meter-reading-value.entity';
import { MeterReadingRequest } from './meter-reading-request.entity';
import { MeterReadingCorrection } from './meter-reading-correction.entity';
import {
  AccountProjection,
  ReadingReminder,
  ReadingReminderPolicy,
} from './reading-reminder.entity';
import { MeterUsageMonth } from './meter-usage-month.entity';
import { ReadingsOwedCohort, ReadingsReceivedPeriod } from './billing-period.entity';

export {
  DeviceProjection,
  MeterReading,
  MeterReadingValue,
  MeterReadingRequest,
  MeterReadingCorrection,
  AccountProjection,
  ReadingReminder,
  ReadingReminderPolicy,
  MeterUsageMonth,
  ReadingsOwedCohort,
  ReadingsReceivedPeriod,
};

export const entities = [
  ExportJob,
  ExportChunk,
  DeviceProjection,
  MeterReading,
  MeterReadingValue,
  MeterReadingRequest,
  MeterReadingCorrection,
  AccountProjection,
  ReadingReminder,
  ReadingReminderPolicy,
  MeterUsageMonth,
  ReadingsOwedCohort,
  ReadingsReceivedPeriod,
];
