import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An invoice of an account and when it was paid (staff only). */
@Entity('payment')
@Index('payment_account_date', ['accountId', 'invoiceDate'])
export class Payment {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'invoice_number', type: 'text', unique: true })
  invoiceNumber: string;

  @Column({ name: 'invoice_date', type: 'date' })
  invoiceDate: string;

  /** Exact decimal, read as a string. */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount: string;

  @Column({ type: 'text', default: 'DKK' })
  currency: string;

  @Column({ name: 'paid_at', type: 'date', nullable: true })
  paidAt: string | null;
}
