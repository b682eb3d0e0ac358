import type { DataSource } from 'typeorm';
import { demoIds, nameUuid } from '@portal/platform';
import { type ShipmentStatus } from '@portal/event-contracts';
import { StockLocation } from './entities/stock-location.entity';
import { StockLevel } from './entities/stock-level.entity';
import { Shipment } from './entities/shipment.entity';
import { ShipmentStatusChange } from './entities/shipment-status-change.entity';
import { TonerAlert } from './entities/toner-alert.entity';
import { recordStockLocationEvent } from './events';
import { rebuildShipmentMonths } from './domain/shipment-rollup';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

interface DemoLevel {
  sku: string;
  quantity: number;
  minimum: number;
  target: number;
  /** The shipment of this toner, made by an alert of `device` `ageDays` ago. */
  shipment?: { status: ShipmentStatus; device: string; ageDays: number };
}

interface DemoLocation {
  name: string;
  account: string;
  address: string;
  shippingInstructions: string;
  contactName: string;
  /** Who counted the stock last week and takes deliveries. */
  manager: { email: string; name: string };
  levels: DemoLevel[];
}

/**
 * Each location keeps the toners its devices take (docs/demo-data.md): one at its minimum without an open
 * shipment, so one toner-low alert orders a replenishment; one shipment in each status. Open
 * shipments make up the position: quantity + open units = what the alert ordered up to.
 */
const locations: DemoLocation[] = [
  {
    name: 'Copenhagen HQ store',
    account: '100200',
    address: 'Vesterbrogade 12, 1620 København V',
    shippingInstructions:
      'Goods reception, gate 3 (weekdays 8-15). Store room K.12 in the basement; ask for Sara Storm.',
    contactName: 'Sara Storm',
    manager: { email: 'sara.stock@nordiskprint.example', name: 'Sara Storm' },
    levels: [
      {
        sku: 'C-EXV58-BK',
        quantity: 6,
        minimum: 2,
        target: 6,
        shipment: { status: 'DELIVERED', device: 'NP1000001', ageDays: 24 },
      },
      // At its minimum: the next cyan alert from NP1000001 or NP1000003 orders 4.
      { sku: 'C-EXV58-C', quantity: 2, minimum: 2, target: 5 },
      { sku: 'C-EXV58-M', quantity: 3, minimum: 2, target: 5 },
      {
        sku: 'C-EXV58-Y',
        quantity: 1,
        minimum: 2,
        target: 5,
        shipment: { status: 'CREATED', device: 'NP1000003', ageDays: 0.2 },
      },
      {
        sku: 'C-EXV60-BK',
        quantity: 2,
        minimum: 3,
        target: 8,
        shipment: { status: 'DISPATCHED', device: 'NP1000002', ageDays: 3 },
      },
    ],
  },
  {
    name: 'Aarhus store',
    account: '100201',
    address: 'Åboulevarden 40, 8000 Aarhus C',
    shippingInstructions: 'Reception on the ground floor; the store room is behind it.',
    contactName: 'Dorte Bach',
    manager: { email: 'dorte.both@nordiskprint.example', name: 'Dorte Bach' },
    levels: [
      {
        sku: 'C-EXV58-BK',
        quantity: 4,
        minimum: 2,
        target: 5,
        shipment: { status: 'DELIVERED', device: 'NP2000001', ageDays: 31 },
      },
      {
        sku: 'C-EXV58-C',
        quantity: 1,
        minimum: 2,
        target: 4,
        shipment: { status: 'DISPATCHED', device: 'NP2000001', ageDays: 2 },
      },
      // At its minimum: the next magenta alert from NP2000001 orders 3.
      { sku: 'C-EXV58-M', quantity: 1, minimum: 1, target: 3 },
      { sku: 'C-EXV58-Y', quantity: 3, minimum: 2, target: 4 },
      {
        sku: 'C-EXV60-BK',
        quantity: 1,
        minimum: 2,
        target: 6,
        shipment: { status: 'CREATED', device: 'NP2000002', ageDays: 0.1 },
      },
    ],
  },
  {
    name: 'Fjord main store',
    account: '300400',
    address: 'Havnegade 5, 5000 Odense C',
    shippingInstructions: 'Warehouse door 2, weekdays 7-14. Call Bo Berg for the gate code.',
    contactName: 'Bo Berg',
    manager: { email: 'bo.admin@fjordlogistik.example', name: 'Bo Berg' },
    levels: [
      // At its minimum: the next black alert from FL3000001 orders 5.
      { sku: 'C-EXV58-BK', quantity: 2, minimum: 2, target: 6 },
      {
        sku: 'C-EXV58-C',
        quantity: 0,
        minimum: 1,
        target: 3,
        shipment: { status: 'DISPATCHED', device: 'FL3000001', ageDays: 4 },
      },
      {
        sku: 'C-EXV58-M',
        quantity: 2,
        minimum: 1,
        target: 3,
        shipment: { status: 'DELIVERED', device: 'FL3000001', ageDays: 45 },
      },
      {
        sku: 'C-EXV58-Y',
        quantity: 0,
        minimum: 1,
        target: 3,
        shipment: { status: 'CREATED', device: 'FL3000001', ageDays: 0.3 },
      },
    ],
  },
];

const COLOURS: Record<string, string> = { BK: 'BLACK', C: 'CYAN', M: 'MAGENTA', Y: 'YELLOW' };
const E_MAINTENANCE = { by: 'system:e-maintenance', byName: 'e-Maintenance' };
const AGENT = { by: `user:${demoIds.user('agent@service.example')}`, byName: 'Aksel Agent' };

/** toner's part of docs/demo-data.md: the three stock locations, their levels and shipments. */
export async function seedTonerDemo(dataSource: DataSource): Promise<void> {
  const now = Date.now();
  await dataSource.transaction(async (manager) => {
    let alertNumber = 4100;
    for (const l of locations) {
      const location = await manager.save(
        manager.create(StockLocation, {
          id: demoIds.stockLocation(l.name),
          accountId: demoIds.account(l.account),
          name: l.name,
          address: l.address,
          shippingInstructions: l.shippingInstructions,
          contactName: l.contactName,
          revision: 1,
        }),
      );
      await recordStockLocationEvent(manager, 'StockLocationCreated', location);
      const manages = { by: `user:${demoIds.user(l.manager.email)}`, byName: l.manager.name };
      for (const v of l.levels) {
        await manager.insert(StockLevel, {
          locationId: location.id,
          sku: v.sku,
          quantity: v.quantity,
          minimumLevel: v.minimum,
          targetLevel: v.target,
          countedAt: new Date(now - 7 * DAY),
          countedBy: manages.by,
        });
        if (!v.shipment) continue;
        const { status, device, ageDays } = v.shipment;
        const alertId = `EM-DEMO-${alertNumber++}`;
        const colour = COLOURS[v.sku.split('-').at(-1)!]!;
        const createdAt = new Date(now - ageDays * DAY);
        const dispatchedAt =
          status === 'CREATED' ? null : new Date(createdAt.getTime() + 20 * HOUR);
        const deliveredAt =
          status === 'DELIVERED' ? new Date(createdAt.getTime() + 2 * DAY + 3 * HOUR) : null;
        // What the alert saw: the position one below the minimum, ordered up to the target.
        const position = v.minimum - 1;
        const quantity = v.target - position;
        const shipment = await manager.save(
          manager.create(Shipment, {
            id: nameUuid(`shipment:${l.name}:${v.sku}`),
            locationId: location.id,
            sku: v.sku,
            quantity,
            status,
            reasonCode: 'TONER_LOW',
            reasonParameters: {
              serialNumber: device,
              alertId,
              colour: colour as TonerAlert['colour'],
              levelPercent: 5,
              position,
              minimumLevel: v.minimum,
              targetLevel: v.target,
            },
            quantityReceived: status === 'DELIVERED' ? quantity : 0,
            carrier: status === 'CREATED' ? null : 'PostNord',
            trackingNumber:
              status === 'CREATED' ? null : `00370${String(alertNumber).padStart(13, '0')}`,
            declineReason: null,
            reason:
              `Toner low on ${device} (e-Maintenance alert ${alertId}, ${colour.toLowerCase()} at ` +
              `5 %): the position of ${v.sku} fell to ${position}, below the minimum of ` +
              `${v.minimum}; ${quantity} ordered to reach the target of ${v.target}.`,
            alertId,
            deviceId: demoIds.device(device),
            createdAt,
            dispatchedAt,
            deliveredAt,
            revision: status === 'CREATED' ? 1 : status === 'DISPATCHED' ? 2 : 3,
          }),
        );
        await manager.insert(TonerAlert, {
          // The device is on its stock location's account.
          accountId: location.accountId,
          alertId,
          deviceId: demoIds.device(device),
          colour: colour as TonerAlert['colour'],
          levelPercent: 5,
          locationId: location.id,
          sku: v.sku,
          consumed: true,
          shipmentId: shipment.id,
          reportedBy: E_MAINTENANCE.by,
          receivedAt: createdAt,
        });
        const history: Pick<ShipmentStatusChange, 'status' | 'at' | 'by' | 'byName'>[] = [
          { status: 'CREATED', at: createdAt, ...E_MAINTENANCE },
        ];
        if (dispatchedAt) history.push({ status: 'DISPATCHED', at: dispatchedAt, ...AGENT });
        if (deliveredAt) history.push({ status: 'DELIVERED', at: deliveredAt, ...manages });
        await manager.insert(
          ShipmentStatusChange,
          history.map((h) => ({ shipmentId: shipment.id, ...h })),
        );
      }
    }
    await rebuildShipmentMonths(manager);
  });
}
