import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationType } from './notification.entity';

/** A user's choice for one notification type; without a row the type's default applies. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  type: NotificationType;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
