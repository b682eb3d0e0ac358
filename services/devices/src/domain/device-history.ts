import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Principal } from '@portal/platform';
import type { DeviceStatus } from '@portal/event-contracts';
import type { Device } from '../entities/device.entity';
import { DeviceChange } from '../entities/device-change.entity';
import { DeviceLocationChange } from '../entities/device-location-change.entity';
import { recordDeviceEvent } from '../events';

/** Who made a change, as histories show it. */
export interface Actor {
  by: string;
  byName: string | null;
}

export const actorOf = (principal: Principal): Actor => ({
  by: principal.actor,
  byName: principal.claims.name,
});

/** Changes made by the service centre's own tooling (demo data, imports). */
export const systemActor = (name: string): Actor => ({ by: `system:${name}`, byName: null });

/** What happened to a device, for its history and its event. */
export type DeviceChangeRecord =
  | { type: 'DeviceRegistered' }
  | { type: 'DeviceLocationChanged' }
  | { type: 'DeviceStatusChanged'; from: DeviceStatus; to: DeviceStatus; reason: string | null }
  | {
      type: 'DeviceContractChanged' | 'DeviceEMaintenanceChanged' | 'DeviceStockLocationLinked';
      details: DeviceChange['details'];
    };

/**
 * Records a change of a device that was just saved, in the same transaction: its history row
 * (location history, or the audit trail for everything else; registration writes both) and
 * its event with the new revision.
 */
export async function recordDeviceChange(
  manager: EntityManager,
  device: Device,
  change: DeviceChangeRecord,
  actor: Actor,
): Promise<void> {
  const at = new Date();
  const row = { id: randomUUID(), deviceId: device.id, revision: device.revision, at, ...actor };
  if (change.type === 'DeviceRegistered' || change.type === 'DeviceLocationChanged') {
    await manager.insert(DeviceLocationChange, { ...row, location: { ...device.location } });
  }
  if (change.type !== 'DeviceLocationChanged') {
    const status =
      change.type === 'DeviceStatusChanged'
        ? { fromStatus: change.from, toStatus: change.to, reason: change.reason }
        : { fromStatus: null, toStatus: change.type === 'DeviceRegistered' ? device.status : null };
    const audit = manager.create(DeviceChange, {
      ...row,
      ...status,
      type: change.type,
      details: 'details' in change ? change.details : {},
    });
    // jsonb of unknown values: TypeORM's deep-partial type cannot follow `unknown`.
    await manager.insert(DeviceChange, audit as QueryDeepPartialEntity<DeviceChange>);
  }
  await recordDeviceEvent(manager, change.type, device);
}
