import { GraphQLDate, GraphQLDateTime } from '@portal/platform';
import { exportMeterReadings } from './Mutation/exportMeterReadings';
import { requestMeterUsageStatement } from './Mutation/requestMeterUsageStatement';
import { meterReadingExport } from './Query/meterReadingExport';
import { ExportJob } from './ExportJob';
import type { Resolvers } from '../__generated__/resolvers-types';
import { meterReadingsDue } from './Query/meterReadingsDue';
import { meterReadingsToReview } from './Query/meterReadingsToReview';
import { meterReadingReminderDays } from './Query/meterReadingReminderDays';
import { setMeterReadingReminderDays } from './Mutation/setMeterReadingReminderDays';
import { printVolume } from './Query/printVolume';
import { meterReadingsMissing } from './Query/meterReadingsMissing';
import { PrintVolume } from './PrintVolume';
import { submitMeterReading } from './Mutation/submitMeterReading';
import { submitMeterReadings } from './Mutation/submitMeterReadings';
import { correctMeterReading } from './Mutation/correctMeterReading';
import { voidMeterReading } from './Mutation/voidMeterReading';
import { markMeterReadingReviewed } from './Mutation/markMeterReadingReviewed';
import { Device } from './Device';
import { MeterReading } from './MeterReading';
import { MeterReadingCorrection } from './MeterReadingCorrection';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  Query: {
    meterReadingExport,
    meterReadingsDue,
    meterReadingsToReview,
    meterReadingReminderDays,
    printVolume,
    meterReadingsMissing,
  },
  Mutation: {
    exportMeterReadings,
    requestMeterUsageStatement,
    submitMeterReading,
    submitMeterReadings,
    correctMeterReading,
    voidMeterReading,
    markMeterReadingReviewed,
    setMeterReadingReminderDays,
  },
  Device,
  MeterReading,
  MeterReadingCorrection,
  PrintVolume,
  ExportJob,
};
