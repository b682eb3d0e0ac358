import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last day (Copenhagen) a user's digest was mailed: at most one a day. */
@Entity('notification_digest')
export class NotificationDigest {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'last_sent_on', type: 'date' })
  lastSentOn: string;
}
