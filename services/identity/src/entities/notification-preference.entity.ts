import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationType } from './notification.entity';

export type NotificationDelivery = 'IMMEDIATE' | 'DAILY_DIGEST';

/** A user's choice for one notification type; without a row the type's default applies. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  type: NotificationType;

  @Column({ type: 'boolean' })
  enabled: boolean;

  /** Mailed at once, or with the day's other notifications in one digest mail. */
  @Column({ type: 'text', default: 'IMMEDIATE' })
  delivery: NotificationDelivery;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
