import type { EntityManager } from 'typeorm';
import {
  DEVICE_EVENT_VERSION,
  DEVICE_TOPIC,
  recordEvent,
  type DeviceEventType,
  type DeviceSnapshotV1,
} from '@portal/platform';
import type { Device } from './entities/device.entity';
import { DeviceModel } from './entities/device-model.entity';

/**
 * What devices publishes: one event per change on the `devices` topic (version 1), each with
 * the device's whole snapshot. Service orders, meter readings, toner and identity project it.
 */
export async function recordDeviceEvent(
  manager: EntityManager,
  type: DeviceEventType,
  device: Device,
): Promise<void> {
  const model = await manager.findOneByOrFail(DeviceModel, { id: device.modelId });
  const payload: DeviceSnapshotV1 = {
    deviceId: device.id,
    revision: device.revision,
    serialNumber: device.serialNumber,
    accountId: device.accountId,
    status: device.status,
    modelName: model.name,
    colour: model.colour,
    pagesPerMinute: model.pagesPerMinute,
    meters: model.meters,
    tonerSkus: model.tonerSkus,
    timeZone: device.timeZone,
    eMaintenance: device.eMaintenance,
    stockLocationId: device.stockLocationId,
    contractNumber: device.contract.contractNumber,
    responseTimeHours: device.contract.responseTimeHours,
    billedMeters: device.contract.billedMeters,
    readingFrequency: device.contract.readingFrequency,
  };
  await recordEvent(manager, {
    topic: DEVICE_TOPIC,
    type,
    version: DEVICE_EVENT_VERSION,
    aggregateId: device.id,
    payload,
  });
}
