import type { DeviceResolvers } from '../__generated__/resolvers-types';

export const Device: DeviceResolvers = {
  // Devices owns the device and decides who sees it; each field here checks its readings.
  __resolveReference: ({ id }) => ({ id }),
  latestMeterReading: (device, _args, { readings }) => readings.latestOf(device),
  meterReadings: (device, { first, after }, { readings }) =>
    readings.historyOf(device, first, after),
  meterReadingDue: (device, _args, { readings }) => readings.dueOf(device),
  meterReadingCorrections: (device, _args, { readings }) => readings.correctionsOfDevice(device),
  viewerCanSubmitMeterReading: (device, _args, { readings }) => readings.maySubmitFor(device),
  viewerCanBackdateMeterReading: (device, _args, { readings }) => readings.mayBackdateFor(device),
  viewerCanCorrectMeterReadings: (device, _args, { readings }) =>
    readings.mayCorrectReadingsOf(device),
};
