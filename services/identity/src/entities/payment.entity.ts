import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An invoice of an account and its payment. Customers' Administrators see their accounts'
 * invoices and what is open; when and how it was paid is the service centre's.
 */
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

  /** When it was settled in full; null while open. */
  @Column({ name: 'paid_at', type: 'date', nullable: true })
  paidAt: string | null;

  /** When payment falls due; null for invoices from before the billing system reported it. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  /** The payments recorded so far: amount - paidAmount is still open. */
  @Column({ name: 'paid_amount', type: 'numeric', precision: 12, scale: 2, default: '0' })
  paidAmount: string;
}
