import type { EntityManager } from 'typeorm';
import { nameUuid, type DomainEvent } from '@portal/platform';
import { DEVICE_EVENT_VERSION, DEVICE_TOPIC, type DeviceSnapshotV1 } from '@portal/event-contracts';
import { StockLevel } from '../entities/stock-level.entity';
import { StockLocation } from '../entities/stock-location.entity';
import { recordStockLocationEvent } from '../events';

/**
 * toner's part of a partner's sandbox: its account's "Sandbox store" (made with the first
 * sandbox device's DeviceRegistered, marked `sandbox`, so the service centre's lists and
 * dispatch queue leave it out) stocking every toner of each sandbox device, the black ones below
 * their minimum, so stock counts, toner requests and replenishment have something to show.
 * Idempotent per account and toner.
 */
export async function generateSandboxStock(
  manager: EntityManager,
  event: DomainEvent,
): Promise<void> {
  const device = event.payload as DeviceSnapshotV1;
  if (
    event.topic !== DEVICE_TOPIC ||
    event.version !== DEVICE_EVENT_VERSION ||
    event.type !== 'DeviceRegistered' ||
    device.sandbox !== true
  )
    return;
  const locationId = nameUuid(`sandbox-store:${device.accountId}`);
  const created = await manager
    .createQueryBuilder()
    .insert()
    .into(StockLocation)
    .values({
      id: locationId,
      accountId: device.accountId,
      name: 'Sandbox store',
      address: device.location.address,
      shippingInstructions: 'Generated for a sandbox: nothing is shipped.',
      contactName: device.location.contactName,
      sandbox: true,
      revision: 1,
    })
    .orIgnore()
    .execute();
  if ((created.raw as unknown[]).length > 0) {
    const location = await manager.findOneByOrFail(StockLocation, { id: locationId });
    await recordStockLocationEvent(manager, 'StockLocationCreated', location);
  }
  // Black toner runs low first: each black one starts below its minimum, the others above.
  const black = new Set(
    (device.tonerProducts ?? []).filter((t) => t.colour === 'BLACK').map((t) => t.sku),
  );
  await manager
    .createQueryBuilder()
    .insert()
    .into(StockLevel)
    .values(
      device.tonerSkus.map((sku) => ({
        locationId,
        sku,
        quantity: black.has(sku) ? 1 : 5,
        minimumLevel: 2,
        targetLevel: 8,
        countedAt: null,
        countedBy: null,
      })),
    )
    .orIgnore()
    .execute();
}
