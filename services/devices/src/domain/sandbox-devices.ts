import type { EntityManager } from 'typeorm';
import { type DomainEvent } from '@portal/platform';
import {
  ACCOUNT_OPENED,
  IDENTITY_EVENT_VERSION,
  IDENTITY_TOPIC,
  type AccountSnapshotV1,
} from '@portal/event-contracts';
import { DeviceModel } from '../entities/device-model.entity';
import { registerDevice } from './device.service';
import { systemActor } from './device-history';

/** Devices of each catalogue model in a new sandbox: enough to page, filter and compare. */
export const SANDBOX_DEVICES_PER_MODEL = 2;

/**
 * devices' part of a partner's sandbox (AccountOpened with `sandbox`): devices of every model
 * in the catalogue on the sandbox's account, each registered as any device is, so its
 * DeviceRegistered event (marked `sandbox`) lets the other subgraphs generate their part. Runs
 * in the event's transaction: delivered again, it is skipped as the event was already applied.
 */
export async function generateSandboxDevices(
  manager: EntityManager,
  event: DomainEvent,
): Promise<void> {
  if (
    event.topic !== IDENTITY_TOPIC ||
    event.version !== IDENTITY_EVENT_VERSION ||
    event.type !== ACCOUNT_OPENED ||
    (event.payload as AccountSnapshotV1).sandbox !== true
  )
    return;
  const { accountId } = event.payload as AccountSnapshotV1;
  const tag = accountId.replace(/-/g, '').slice(0, 8).toUpperCase();
  const models = await manager.find(DeviceModel, { order: { name: 'ASC' } });
  // Installed 13 months ago: room for a year of monthly readings before today.
  const installed = new Date();
  installed.setUTCMonth(installed.getUTCMonth() - 13);
  let number = 0;
  for (const model of models) {
    for (let copy = 0; copy < SANDBOX_DEVICES_PER_MODEL; copy++) {
      number++;
      const n = String(number).padStart(2, '0');
      await registerDevice(
        manager,
        {
          serialNumber: `SB${tag}${n}`,
          modelId: model.id,
          accountId,
          location: {
            address: 'Sandkassevej 1, 2100 København Ø',
            building: null,
            floor: String(1 + (number % 4)),
            room: `Room ${100 + number}`,
            note: 'Generated for a sandbox.',
            contactName: 'Sandbox facility desk',
            contactPhone: null,
          },
          installedAt: installed.toISOString().slice(0, 10),
          contract: {
            contractNumber: `SC-SBX-${tag}-${n}`,
            responseTimeHours: 8,
            billedMeters: model.meters,
            readingFrequency: 'MONTHLY',
          },
          eMaintenance: false,
          stockLocationId: null,
        },
        systemActor('sandbox'),
      );
    }
  }
}
