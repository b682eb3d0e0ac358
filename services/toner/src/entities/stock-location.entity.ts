import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where an account keeps toner for its e-Maintenance devices, and where shipments go. */
@Entity('stock_location')
@Index('stock_location_account', ['accountId'])
export class StockLocation {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** identity's account (local uuid). */
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  name: string;

  /** Free text for the carrier, e.g. "goods reception, gate 3". */
  @Column({ name: 'shipping_instructions', type: 'text', default: '' })
  shippingInstructions: string;

  /** The delivery address. */
  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  /** A partner sandbox's (generated with it): outside the service centre's lists and queues. */
  @Column({ type: 'boolean', default: false })
  sandbox: boolean;

  /** Grows with every change; the stock-location events carry it. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
