import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The notification types; each one a user may switch off (notification-types.ts). */
export type NotificationType =
  | 'SERVICE_ORDER_STATUS_CHANGED'
  | 'SERVICE_VISIT_SCHEDULED'
  | 'ROLE_CHANGED'
  | 'INVITATION_ACCEPTED';

/**
 * One item of a user's in-portal notification list, made from another subgraph's event. The
 * facts are kept, not the text: the list renders them in the user's language when read.
 */
@Entity('notification')
@Index('notification_user_newest', ['userId', 'id'])
@Index('notification_unread', ['userId'], { where: 'read_at IS NULL' })
@Index('notification_source', ['userId', 'sourceEventId'], { unique: true })
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
}
