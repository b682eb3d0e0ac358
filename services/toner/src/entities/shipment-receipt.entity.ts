import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Shipment } from './shipment.entity';

/** One delivery of a shipment received at its location; undone within minutes when mistyped. */
@Entity('shipment_receipt')
@Index('shipment_receipt_shipment', ['shipmentId', 'at'])
@Check('shipment_receipt_quantity_positive', '"quantity" > 0')
export class ShipmentReceipt {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'shipment_id', type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => Shipment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shipment_id' })
  shipment?: Shipment;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** principal.actor: user:<id> or apiKey:<id>. */
  @Column({ type: 'text' })
  by: string;

  @Column({ name: 'by_name', type: 'text', nullable: true })
  byName: string | null;

  /** Set when taken back: its units left the stock again. */
  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;
}
