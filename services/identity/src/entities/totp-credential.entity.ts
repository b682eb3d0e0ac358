import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user's authenticator app (RFC 6238): one per user, on once confirmed. */
@Entity('totp_credential')
export class TotpCredential {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The shared secret, AES-256-GCM encrypted (secret-box.ts); never returned after enrolment. */
  @Column({ name: 'secret_encrypted', type: 'text' })
  secretEncrypted: string;

  /** null while enrolment waits for a first code from the app. */
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** The last time step a code was accepted for: a code is never accepted twice. */
  @Column({ name: 'last_used_step', type: 'bigint', nullable: true })
  lastUsedStep: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
