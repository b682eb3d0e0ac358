import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A mail written in the same transaction as its cause and sent by the mail pump. */
@Entity('outgoing_mail')
@Index('outgoing_mail_unsent', ['id'], { where: 'sent_at IS NULL' })
export class OutgoingMail {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  to: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  /** The HTML part; null for mails queued before there was one. */
  @Column({ type: 'text', nullable: true })
  html: string | null;

  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post); null for none. */
  @Column({ type: 'jsonb', nullable: true })
  headers: Record<string, string> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
