import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { NotificationType } from './notification.entity';

/**
 * A notification mail's one-click unsubscribe link (RFC 8058): whoever holds the mail may switch
 * that one type off for its recipient, nothing else. Stored as a hash only.
 */
@Entity('unsubscribe_token')
@Index('unsubscribe_token_created', ['createdAt'])
export class UnsubscribeToken {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** Null: the daily digest's link, which switches every type mailed in the digest off. */
  @Column({ type: 'text', nullable: true })
  type: NotificationType | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
