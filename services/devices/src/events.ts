import { In, type EntityManager } from 'typeorm';
import { recordEvent } from '@portal/platform';
import {
  DEVICE_EVENT_VERSION,
  DEVICE_TOPIC,
  type DeviceEventType,
  type DeviceSnapshotV1,
} from '@portal/event-contracts';
import type { Device } from './entities/device.entity';
import { DeviceModel } from './entities/device-model.entity';
import { TonerProduct } from './entities/toner-product.entity';
import { AccountProjection } from './entities/account-projection.entity';

/**
 * What devices publishes: one event per change on the `devices` topic (version 1), each with
 * the device's whole snapshot after the change; the topic, types and fields are documented in
 * @portal/event-contracts' device-events.ts. Service orders, meter readings, toner and identity
 * project it. Call inside the transaction of the change, after saving the device.
 */
export async function recordDeviceEvent(
  manager: EntityManager,
  type: DeviceEventType,
  device: Device,
): Promise<void> {
  const model = await manager.findOneByOrFail(DeviceModel, { id: device.modelId });
  const toners = await manager.findBy(TonerProduct, { sku: In(model.tonerSkus) });
  const tonerProducts = model.tonerSkus.flatMap((sku) => {
    const toner = toners.find((t) => t.sku === sku);
    return toner ? [{ sku: toner.sku, name: toner.name, colour: toner.colour }] : [];
  });
  const account = await manager.findOneBy(AccountProjection, { accountId: device.accountId });
  const payload: DeviceSnapshotV1 = {
    deviceId: device.id,
    revision: device.revision,
    serialNumber: device.serialNumber,
    accountId: device.accountId,
    status: device.status,
    modelId: model.id,
    modelName: model.name,
    colour: model.colour,
    pagesPerMinute: model.pagesPerMinute,
    meters: model.meters,
    tonerSkus: model.tonerSkus,
    tonerProducts,
    timeZone: device.timeZone,
    installedAt: device.installedAt,
    location: {
      address: device.location.address,
      building: device.location.building,
      floor: device.location.floor,
      room: device.location.room,
      note: device.location.note,
      contactName: device.location.contactName,
      contactPhone: device.location.contactPhone,
    },
    eMaintenance: device.eMaintenance,
    stockLocationId: device.stockLocationId,
    contractNumber: device.contract.contractNumber,
    responseTimeHours: device.contract.responseTimeHours,
    billedMeters: device.contract.billedMeters,
    readingFrequency: device.contract.readingFrequency,
    ...(account?.sandbox ? { sandbox: true } : {}),
  };
  await recordEvent(manager, {
    topic: DEVICE_TOPIC,
    type,
    version: DEVICE_EVENT_VERSION,
    aggregateId: device.id,
    payload,
  });
}
