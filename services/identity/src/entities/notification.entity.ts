import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The notification types; each one a user may switch off (notification-types.ts). */
export type NotificationType =
  | 'SERVICE_ORDER_STATUS_CHANGED'
  | 'SERVICE_VISIT_SCHEDULED'
  | 'METER_READING_DUE'
  | 'METER_READING_OVERDUE'
  | 'METER_READINGS_REFUSED'
  | 'TONER_SHIPMENT_CREATED'
  | 'TONER_SHIPMENT_DISPATCHED'
  | 'TONER_SHIPMENT_DELIVERED'
  | 'TONER_BELOW_MINIMUM'
  | 'DEVICE_REMOVED'
  | 'ROLE_CHANGED'
  | 'INVITATION_ACCEPTED'
  | 'SERVICE_ORDER_AT_RISK'
  | 'SERVICE_ORDER_OVERDUE';

/**
 * One item of a user's in-portal notification list, made from another subgraph's event. The
 * facts are kept, not the text: the list renders them in the user's language when read.
 */
@Entity('notification')
@Index('notification_user_newest', ['userId', 'id'])
@Index('notification_unread', ['userId'], { where: 'read_at IS NULL' })
@Index('notification_source', ['userId', 'sourceEventId'], { unique: true })
@Index('notification_digest_pending', ['userId'], { where: 'digest_pending' })
export class Notification {
  /** Grows with every notification: the list's order and cursor. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  type: NotificationType;

  /** The event it was made from: one notification per event and user. */
  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId: string;

  @Column({ type: 'jsonb' })
  facts: Record<string, string | null>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** To be mailed with the day's digest (the user chose DAILY_DIGEST for its type). */
  @Column({ name: 'digest_pending', type: 'boolean', default: false })
  digestPending: boolean;
}
