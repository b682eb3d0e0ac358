import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type EmailTokenPurpose = 'CONFIRM_EMAIL' | 'INVITATION' | 'PASSWORD_RESET';

/** A single-use, expiring link sent by e-mail: confirm an address, accept an invitation, reset a password. */
@Entity('email_token')
@Index('email_token_user', ['userId'])
export class EmailToken {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  purpose: EmailTokenPurpose;

  /** The address the link was sent to: a later e-mail correction voids it. */
  @Column({ type: 'text' })
  email: string;

  /** sha256 of the token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
