import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One attempt to deliver a message: the delivery log the endpoint's Administrators read. */
@Entity('webhook_attempt')
@Index('webhook_attempt_message', ['messageId', 'id'])
export class WebhookAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'message_id', type: 'bigint' })
  messageId: string;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;

  /** The HTTP status; null when no response came (refused address, timeout, connection). */
  @Column({ name: 'status_code', type: 'int', nullable: true })
  statusCode: number | null;

  @Column({ name: 'duration_ms', type: 'int' })
  durationMs: number;

  /** The response body's first characters. */
  @Column({ name: 'response_excerpt', type: 'text', nullable: true })
  responseExcerpt: string | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
