import { GraphQLDate, GraphQLDateTime } from '@portal/platform';
import type { Resolvers } from '../__generated__/resolvers-types';
import { meterReadingsDue } from './Query/meterReadingsDue';
import { submitMeterReading } from './Mutation/submitMeterReading';
import { submitMeterReadings } from './Mutation/submitMeterReadings';
import { Device } from './Device';
import { MeterReading } from './MeterReading';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Date: GraphQLDate,
  Query: { meterReadingsDue },
  Mutation: { submitMeterReading, submitMeterReadings },
  Device,
  MeterReading,
};
