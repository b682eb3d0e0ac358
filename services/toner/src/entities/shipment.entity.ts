import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ShipmentStatus, TonerColour } from '@portal/event-contracts';
import { StockLocation } from './stock-location.entity';

export type ShipmentReasonCode = 'TONER_LOW' | 'MANUAL_REQUEST';

export interface ShipmentReasonParameters {
  serialNumber?: string;
  alertId?: string;
  colour?: TonerColour;
  levelPercent?: number;
  position?: number;
  minimumLevel?: number;
  targetLevel?: number;
  note?: string;
}

/** A replenishment of one toner product on its way to a stock location. */
@Entity('shipment')
@Index('shipment_location_created', ['locationId', 'createdAt'])
@Index('shipment_open', ['locationId', 'sku'], { where: `status IN ('CREATED', 'DISPATCHED')` })
@Check('shipment_quantity_positive', '"quantity" > 0')
@Check(
  'shipment_status_known',
  `"status" IN ('REQUESTED', 'CREATED', 'DISPATCHED', 'DELIVERED', 'DECLINED')`,
)
@Check('shipment_received_within', '"quantity_received" BETWEEN 0 AND "quantity"')
export class Shipment {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @ManyToOne(() => StockLocation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id' })
  location?: StockLocation;

  @Column({ type: 'text' })
  sku: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'text' })
  status: ShipmentStatus;

  /** Why it was sent, in English (the deprecated `reason` field); clients word reasonCode. */
  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'reason_code', type: 'text' })
  reasonCode: ShipmentReasonCode;

  /** The reason's parameters (ShipmentReason's fields other than the code). */
  @Column({ name: 'reason_parameters', type: 'jsonb', default: {} })
  reasonParameters: ShipmentReasonParameters;

  /** Units received by deliveries not undone; DELIVERED once it reaches the quantity. */
  @Column({ name: 'quantity_received', type: 'int', default: 0 })
  quantityReceived: number;

  @Column({ type: 'text', nullable: true })
  carrier: string | null;

  @Column({ name: 'tracking_number', type: 'text', nullable: true })
  trackingNumber: string | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason: string | null;

  /** The e-Maintenance alert that caused it (toner_alert.alert_id), if one did. */
  @Column({ name: 'alert_id', type: 'text', nullable: true })
  alertId: string | null;

  @Column({ name: 'device_id', type: 'uuid', nullable: true })
  deviceId: string | null;

  /** Set by the code in milliseconds, as the list cursors carry it. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  /** 1 when created, one more per status change; the shipment events carry it. */
  @Column({ type: 'int', default: 1 })
  revision: number;
}
