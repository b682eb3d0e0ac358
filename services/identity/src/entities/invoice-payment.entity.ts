import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A payment received against an invoice, as the billing system reports it (staff only). */
@Entity('invoice_payment')
@Index('invoice_payment_invoice', ['invoiceId'])
export class InvoicePayment {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  /** The billing system's own reference: a retry with it records nothing twice. */
  @Column({ type: 'text', unique: true })
  reference: string;

  /** Exact decimal, read as a string. */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount: string;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  /** serviceAccount:<id> */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
