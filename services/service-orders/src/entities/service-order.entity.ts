import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

export const SERVICE_ORDER_TYPES = [
  'BREAKDOWN',
  'MAINTENANCE',
  'MOVE',
  'INSTALLATION',
  'OTHER',
] as const;
export type ServiceOrderType = (typeof SERVICE_ORDER_TYPES)[number];

export const SERVICE_ORDER_STATUSES = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'SCHEDULED',
  'IN_PROGRESS',
  'RESOLVED',
  'CLOSED',
  'CANCELLED',
] as const;
export type ServiceOrderStatus = (typeof SERVICE_ORDER_STATUSES)[number];

/** Open: the service centre still has work to do (what openServiceOrderCount counts). */
export const OPEN_STATUSES: ServiceOrderStatus[] = [
  'SUBMITTED',
  'ACKNOWLEDGED',
  'SCHEDULED',
  'IN_PROGRESS',
];

export type Channel = 'PORTAL' | 'PHONE' | 'E_MAINTENANCE';

/** A customer's request for service on one device. */
@Entity('service_order')
@Index('service_order_device', ['deviceId', 'submittedAt'])
@Index('service_order_queue', ['responseDueAt', 'sequence'])
// The overdue queue (responseOverdue): the orders that are or may become overdue, in queue
// order; status and responded_at in the key let the count read the index alone.
@Index('service_order_overdue', ['responseDueAt', 'sequence', 'respondedAt', 'status'], {
  where: `(responded_at IS NOT NULL AND responded_at > response_due_at) OR (responded_at IS NULL AND status <> 'CANCELLED')`,
})
// openServiceOrderCount: one in ten orders is open.
@Index('service_order_open', ['deviceId'], {
  where: `status IN ('SUBMITTED', 'ACKNOWLEDGED', 'SCHEDULED', 'IN_PROGRESS')`,
})
// At most one open breakdown per device; a second is refused with DUPLICATE_OPEN_ORDER.
@Index('service_order_one_open_breakdown', ['deviceId'], {
  unique: true,
  where: `type = 'BREAKDOWN' AND status IN ('SUBMITTED', 'ACKNOWLEDGED', 'SCHEDULED', 'IN_PROGRESS')`,
})
export class ServiceOrder {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** From a PostgreSQL sequence (bigserial): the human-readable number is SO-<6 digits>. */
  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  sequence: string;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  @Column({ type: 'text' })
  type: ServiceOrderType;

  @Column({ type: 'text' })
  status: ServiceOrderStatus;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode: string | null;

  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'text' })
  contactPhone: string;

  /** The contact's e-mail as the customer typed it; optional. */
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  /**
   * Where acknowledgement, scheduling and resolution are mailed: never an address someone merely
   * typed, so that the portal cannot be made to mail strangers (see ServiceOrderService).
   */
  @Column({ name: 'mail_to', type: 'text', nullable: true })
  mailTo: string | null;

  /** On a partner sandbox's device: outside the service centre's queue, watch and analytics. */
  @Column({ type: 'boolean', default: false })
  sandbox: boolean;

  /** The business calendar (country) receivedAt and responseDueAt were computed with. */
  @Column({ type: 'text' })
  calendar: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** The contract's response time at submission, in business hours. */
  @Column({ name: 'response_time_hours', type: 'int' })
  responseTimeHours: number;

  @Column({ name: 'response_due_at', type: 'timestamptz' })
  responseDueAt: Date;

  /** When work first started (IN_PROGRESS). */
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'scheduled_visit_at', type: 'timestamptz', nullable: true })
  scheduledVisitAt: Date | null;

  /** identity's user id (local uuid) of the assigned technician. */
  @Column({ name: 'technician_id', type: 'uuid', nullable: true })
  technicianId: string | null;

  /** As the planner gave it, or the technician's own name once it starts the work. */
  @Column({ name: 'technician_name', type: 'text', nullable: true })
  technicianName: string | null;

  /** Who created it (user:<id> or apiKey:<id>). */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
