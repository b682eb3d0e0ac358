import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  fromGlobalId,
  IdempotencyKeys,
  userError,
  type Principal,
  type UserError,
} from '@portal/platform';
import { Shipment } from '../entities/shipment.entity';
import { ShipmentStatusChange } from '../entities/shipment-status-change.entity';
import { StockLocation } from '../entities/stock-location.entity';
import { TonerProduct } from '../entities/toner-product.entity';
import { recordShipmentEvent } from '../events';
import { assertMayAttempt, mayChange } from './stock-access';
import { checkQuantity, normaliseSku } from './stock-input';
import { actorOf, type ShipmentPayload, type ShipmentService } from './shipment.service';

export interface RequestTonerInput {
  stockLocationId: string;
  sku: string;
  quantity: number;
  note?: string | null;
  idempotencyKey?: string | null;
}

const NOTE_MAX = 500;
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/**
 * Supply orders by hand: toner for devices without e-Maintenance (whose cartridges no alert
 * reports). A request is a shipment in REQUESTED until the service centre approves it
 * (ShipmentService.approve) or declines it; it counts in no position until approved.
 */
export class SupplyOrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly shipments: ShipmentService,
    private readonly eventsRecorded: () => void,
  ) {}

  async request(input: RequestTonerInput): Promise<ShipmentPayload> {
    assertMayAttempt(this.principal, 'shipment:request');
    const locationId = fromGlobalId('StockLocation', input.stockLocationId);
    const location = locationId
      ? await this.dataSource.getRepository(StockLocation).findOneBy({ id: locationId })
      : null;
    if (!location || !mayChange(this.principal, 'shipment:request', location)) {
      return refusal([
        userError('NOT_FOUND', ['input', 'stockLocationId'], 'No such stock location.'),
      ]);
    }
    const sku = normaliseSku(input.sku);
    const note = (input.note ?? '').trim();
    const errors = [
      checkQuantity(input.quantity, ['input', 'quantity'], 'quantity'),
      input.quantity === 0
        ? userError('INVALID_INPUT', ['input', 'quantity'], 'Request 1 unit or more.')
        : null,
      note.length > NOTE_MAX || CONTROL.test(note)
        ? userError(
            'INVALID_INPUT',
            ['input', 'note'],
            `Keep the note to ${NOTE_MAX} characters without control characters.`,
          )
        : null,
    ].filter((e): e is UserError => e !== null);
    if (!(await this.dataSource.getRepository(TonerProduct).existsBy({ sku })))
      errors.unshift(userError('UNKNOWN_TONER', ['input', 'sku'], `No toner product ${sku}.`));
    if (errors.length) return refusal(errors);

    const keys = new IdempotencyKeys(this.dataSource, this.principal);
    return keys.create<ShipmentPayload>('requestToner', input.idempotencyKey, input, {
      create: async (manager) => {
        const actor = actorOf(this.principal);
        const shipment = await manager.save(
          manager.create(Shipment, {
            id: randomUUID(),
            locationId: location.id,
            sku,
            quantity: input.quantity,
            status: 'REQUESTED',
            reasonCode: 'MANUAL_REQUEST',
            reasonParameters: { note },
            reason: `Requested by hand by ${actor.byName ?? actor.by}${note ? `: ${note}` : '.'}`,
            quantityReceived: 0,
            carrier: null,
            trackingNumber: null,
            declineReason: null,
            alertId: null,
            deviceId: null,
            createdAt: new Date(),
            dispatchedAt: null,
            deliveredAt: null,
            revision: 1,
          }),
        );
        await manager.insert(ShipmentStatusChange, {
          shipmentId: shipment.id,
          status: 'REQUESTED',
          at: shipment.createdAt,
          ...actor,
        });
        await recordShipmentEvent(manager, 'ShipmentRequested', shipment, location.accountId);
        return { created: shipment.id };
      },
      answer: async (id) => {
        this.eventsRecorded();
        return { shipment: await this.shipments.visibleById(id), userErrors: [] };
      },
      refuse: (code, message) => refusal([userError(code, ['input', 'idempotencyKey'], message)]),
    });
  }
}

const refusal = (userErrors: UserError[]): ShipmentPayload => ({ shipment: null, userErrors });
