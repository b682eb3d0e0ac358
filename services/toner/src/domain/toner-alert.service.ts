import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { fromGlobalId, userError, type Principal, type UserError } from '@portal/platform';
import { deviceAcceptsNewWork, type TonerColour } from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import { Shipment } from '../entities/shipment.entity';
import { ShipmentStatusChange } from '../entities/shipment-status-change.entity';
import { StockLevel } from '../entities/stock-level.entity';
import { TonerAlert } from '../entities/toner-alert.entity';
import { TonerProduct } from '../entities/toner-product.entity';
import { recordShipmentEvent, recordStockLevelBelowMinimum } from '../events';
import { assertMayAttempt, mayReportFor } from './stock-access';
import { actorOf, type ShipmentService } from './shipment.service';
import type { StockLocationService } from './stock-location.service';
import { refreshShipmentMonths } from './shipment-rollup';

export interface TonerLowAlertInput {
  alertId: string;
  deviceId: string;
  colour: TonerColour;
  levelPercent: number;
}

export interface TonerLowAlertPayload {
  consumed: boolean;
  shipment: Shipment | null;
  duplicate: boolean;
  userErrors: UserError[];
}

/** A stock location as the toner subgraph loads it. */
type Location = NonNullable<Awaited<ReturnType<StockLocationService['load']>>>;

/** A valid alert for a device that takes toner from the location. */
interface Alert extends TonerLowAlertInput {
  device: DeviceProjection;
  location: Location;
  sku: string;
}

const OPEN = ['CREATED', 'DISPATCHED'];
const ALERT_ID = /^[\p{L}\p{N}._:/#-]{1,100}$/u;

const refusal = (code: string, field: string[], message: string): TonerLowAlertPayload => ({
  consumed: false,
  shipment: null,
  duplicate: false,
  userErrors: [userError(code, field, message)],
});

/**
 * e-Maintenance toner-low alerts: each takes a unit of the device's toner from its linked stock
 * location and orders a replenishment when the location's position falls below the minimum.
 */
export class TonerAlertService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly locations: StockLocationService,
    private readonly shipments: ShipmentService,
    private readonly eventsRecorded: () => void,
  ) {}

  /**
   * One alert, acted on at most once whatever the number of deliveries. Inside one transaction:
   * the stock level row is locked (so concurrent alerts for the location's toner take turns),
   * the alert id is inserted (a unique key: a replay that raced past the first look finds the
   * first alert here and answers with its outcome), one unit is taken, never below 0, and the
   * position (on hand + units outstanding in CREATED or DISPATCHED shipments; a request waiting
   * for approval is not yet on its way) decides whether to order.
   */
  async report(input: TonerLowAlertInput): Promise<TonerLowAlertPayload> {
    assertMayAttempt(this.principal, 'toner-alert:report');
    const alertId = input.alertId.trim();
    if (!ALERT_ID.test(alertId)) {
      return refusal(
        'INVALID_INPUT',
        ['input', 'alertId'],
        'The alert id is 1 to 100 letters, digits and . _ : / # -',
      );
    }
    if (!Number.isInteger(input.levelPercent) || input.levelPercent < 0 || input.levelPercent > 100)
      return refusal('INVALID_INPUT', ['input', 'levelPercent'], 'Give a level from 0 to 100.');
    const deviceId = fromGlobalId('Device', input.deviceId);
    const device = deviceId
      ? await this.dataSource.getRepository(DeviceProjection).findOneBy({ deviceId })
      : null;
    if (!device || !mayReportFor(this.principal, device))
      return refusal('NOT_FOUND', ['input', 'deviceId'], 'No such device.');

    // Alert ids are scoped to the device's account: the caller can reach it, nobody else can.
    const scope = { accountId: device.accountId, alertId };
    const earlier = await this.dataSource.getRepository(TonerAlert).findOneBy(scope);
    if (earlier) return this.replay(earlier, device.deviceId);

    const source = await this.tonerSource(device, input.colour);
    if ('userErrors' in source) return source;
    const { location, sku } = source;
    const alert: Alert = { ...input, alertId, device, location, sku };
    const outcome = await this.dataSource.transaction((manager) => this.consume(manager, alert));

    if (outcome === 'no level') {
      return refusal(
        'NO_STOCK_LEVEL',
        ['input', 'colour'],
        `${location.name} keeps no ${sku}: record a stock count with its minimum and target first.`,
      );
    }
    if (outcome === 'duplicate') {
      const first = await this.dataSource.getRepository(TonerAlert).findOneByOrFail(scope);
      return this.replay(first, device.deviceId);
    }
    this.eventsRecorded(); // a shipment or a stock level below its minimum may be waiting
    this.locations.forgetLevels();
    return {
      consumed: outcome.consumed,
      shipment: outcome.shipment,
      duplicate: false,
      userErrors: [],
    };
  }

  /**
   * Where the device's toner of the colour comes from: its linked stock location (of its own
   * account) and the toner's SKU; a refusal when the device takes no toner that way.
   */
  private async tonerSource(
    device: DeviceProjection,
    colour: TonerColour,
  ): Promise<{ location: Location; sku: string } | TonerLowAlertPayload> {
    const snapshot = device.snapshot;
    const serial = device.serialNumber;
    if (!deviceAcceptsNewWork(device)) {
      return refusal(
        'DEVICE_NOT_ACTIVE',
        ['input', 'deviceId'],
        `${serial} is decommissioned: it takes no toner.`,
      );
    }
    if (!snapshot.eMaintenance) {
      return refusal(
        'E_MAINTENANCE_OFF',
        ['input', 'deviceId'],
        `${serial} has no e-Maintenance: its toner is not replenished automatically.`,
      );
    }
    const linked = snapshot.stockLocationId
      ? await this.locations.load(snapshot.stockLocationId)
      : null;
    // A link to another account's location (made before devices checked links) draws nothing.
    const location = linked?.accountId === device.accountId ? linked : null;
    if (!location) {
      return refusal(
        'NO_STOCK_LOCATION',
        ['input', 'deviceId'],
        `${serial} is not linked to a stock location.`,
      );
    }
    const sku = await this.skuOf(snapshot, colour);
    if (!sku) {
      return refusal(
        'UNKNOWN_TONER',
        ['input', 'colour'],
        `${serial} takes no ${colour.toLowerCase()} toner.`,
      );
    }
    return { location, sku };
  }

  /**
   * The alert's work in its transaction: locks the stock level, records the alert (once), takes
   * a unit, tells of a level falling below its minimum, and orders a replenishment when the
   * position (stock plus open shipments) is below it.
   */
  private async consume(
    manager: EntityManager,
    alert: Alert,
  ): Promise<'no level' | 'duplicate' | { consumed: boolean; shipment: Shipment | null }> {
    const { device, location, sku } = alert;
    const level = await manager
      .getRepository(StockLevel)
      .createQueryBuilder('v')
      .where('v.location_id = :location AND v.sku = :sku', { location: location.id, sku })
      .setLock('pessimistic_write')
      .getOne();
    if (!level) return 'no level';
    const alerts = manager.getRepository(TonerAlert).metadata.tablePath;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ${alerts} (account_id, alert_id, device_id, colour, level_percent,
         location_id, sku, consumed, shipment_id, reported_by)
       VALUES ($8, $1, $2, $3, $4, $5, $6, false, NULL, $7)
       ON CONFLICT (account_id, alert_id) DO NOTHING RETURNING alert_id`,
      [
        alert.alertId,
        device.deviceId,
        alert.colour,
        alert.levelPercent,
        location.id,
        sku,
        this.principal.actor,
        device.accountId,
      ],
    );
    if (inserted.length === 0) return 'duplicate';

    const [[taken]] = (await manager.query(
      `UPDATE ${manager.getRepository(StockLevel).metadata.tablePath}
          SET quantity = GREATEST(quantity - 1, 0)
        WHERE location_id = $1 AND sku = $2 RETURNING quantity`,
      [location.id, sku],
    )) as [[{ quantity: number }], number];
    const consumed = level.quantity > 0;
    const { open } = (await manager
      .getRepository(Shipment)
      .createQueryBuilder('s')
      .select('COALESCE(SUM(s.quantity - s.quantity_received), 0)::int', 'open')
      .where('s.location_id = :location AND s.sku = :sku AND s.status IN (:...statuses)', {
        location: location.id,
        sku,
        statuses: OPEN,
      })
      .getRawOne<{ open: number }>())!;
    const position = taken.quantity + open;
    if (level.quantity >= level.minimumLevel && taken.quantity < level.minimumLevel)
      await recordStockLevelBelowMinimum(manager, {
        stockLocationId: location.id,
        accountId: location.accountId,
        locationName: location.name,
        sku,
        quantity: taken.quantity,
        minimumLevel: level.minimumLevel,
      });

    const shipment =
      position < level.minimumLevel
        ? await this.orderReplenishment(manager, alert, level, position)
        : null;
    await manager.update(
      TonerAlert,
      { accountId: device.accountId, alertId: alert.alertId },
      { consumed, shipmentId: shipment?.id ?? null },
    );
    return { consumed, shipment };
  }

  /** The shipment that brings the location's toner back to its target, with its reason. */
  private async orderReplenishment(
    manager: EntityManager,
    alert: Alert,
    level: StockLevel,
    position: number,
  ): Promise<Shipment> {
    const { device, location, sku, alertId } = alert;
    const serial = device.serialNumber;
    const quantity = level.targetLevel - position;
    const colour = alert.colour.toLowerCase();
    const shipment = await manager.save(
      manager.create(Shipment, {
        id: randomUUID(),
        locationId: location.id,
        sku,
        quantity,
        status: 'CREATED',
        reasonCode: 'TONER_LOW',
        reasonParameters: {
          serialNumber: serial,
          alertId,
          colour: alert.colour,
          levelPercent: alert.levelPercent,
          position,
          minimumLevel: level.minimumLevel,
          targetLevel: level.targetLevel,
        },
        quantityReceived: 0,
        carrier: null,
        trackingNumber: null,
        declineReason: null,
        reason:
          `Toner low on ${serial} (e-Maintenance alert ${alertId}, ${colour} at ` +
          `${alert.levelPercent} %): the position of ${sku} fell to ${position}, below the ` +
          `minimum of ${level.minimumLevel}; ${quantity} ordered to reach the target of ` +
          `${level.targetLevel}.`,
        alertId,
        deviceId: device.deviceId,
        createdAt: new Date(),
        dispatchedAt: null,
        deliveredAt: null,
        revision: 1,
      }),
    );
    await manager.insert(ShipmentStatusChange, {
      shipmentId: shipment.id,
      status: 'CREATED',
      at: shipment.createdAt,
      ...actorOf(this.principal),
    });
    await refreshShipmentMonths(manager, shipment);
    await recordShipmentEvent(manager, 'ShipmentCreated', shipment, location.accountId);
    return shipment;
  }

  /** What the first delivery of the alert did; nothing changes. */
  private async replay(first: TonerAlert, deviceId: string): Promise<TonerLowAlertPayload> {
    if (first.deviceId !== deviceId) {
      return refusal(
        'ALERT_ID_TAKEN',
        ['input', 'alertId'],
        'This alert id was already reported for another device.',
      );
    }
    return {
      consumed: first.consumed,
      shipment: first.shipmentId ? await this.shipments.visibleById(first.shipmentId) : null,
      duplicate: true,
      userErrors: [],
    };
  }

  /** The device's toner of the colour: from its snapshot, else the catalogue of its SKUs. */
  private async skuOf(
    snapshot: DeviceProjection['snapshot'],
    colour: TonerColour,
  ): Promise<string | null> {
    if (snapshot.tonerProducts)
      return snapshot.tonerProducts.find((t) => t.colour === colour)?.sku ?? null;
    if (!snapshot.tonerSkus.length) return null;
    const products = await this.dataSource
      .getRepository(TonerProduct)
      .findBy({ sku: In(snapshot.tonerSkus), colour });
    return snapshot.tonerSkus.find((sku) => products.some((p) => p.sku === sku)) ?? null;
  }
}
