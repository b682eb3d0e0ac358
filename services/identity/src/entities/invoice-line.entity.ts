import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MeterType } from '@portal/event-contracts';

/** One line of an invoice: a meter of a device (or the account itself) for a billing period. */
@Entity('invoice_line')
@Index('invoice_line_device', ['deviceId'])
export class InvoiceLine {
  /** The invoice (a `payment` row). */
  @PrimaryColumn({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  /** 1, 2, … in the order the billing system sent them. */
  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  /** null for a line of the account as a whole (e.g. a contract fee). */
  @Column({ name: 'device_id', type: 'uuid', nullable: true })
  deviceId: string | null;

  /** The device's serial number when invoiced, so the line reads the same later. */
  @Column({ name: 'serial_number', type: 'text', nullable: true })
  serialNumber: string | null;

  @Column({ type: 'text', nullable: true })
  meter: MeterType | null;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  /** Pages (or units) billed. */
  @Column({ type: 'int' })
  quantity: number;

  /** Exact decimal, read as a string. */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount: string;
}
