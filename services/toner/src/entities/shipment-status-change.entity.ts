import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ShipmentStatus } from '@portal/event-contracts';
import { Shipment } from './shipment.entity';

/** A shipment's history: who moved it to which status, when (one row per status). */
@Entity('shipment_status_change')
export class ShipmentStatusChange {
  @PrimaryColumn({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => Shipment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shipment_id' })
  shipment?: Shipment;

  @PrimaryColumn({ type: 'text' })
  status: ShipmentStatus;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** principal.actor: user:<id>, apiKey:<id>, or system:<name>. */
  @Column({ type: 'text' })
  by: string;

  /** The person's or key's name when it happened, for display. */
  @Column({ name: 'by_name', type: 'text', nullable: true })
  byName: string | null;
}
