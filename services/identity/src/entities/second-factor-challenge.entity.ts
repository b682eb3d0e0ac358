import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A sign-in whose password was right, waiting for its second factor (or enrolment). */
@Entity('second_factor_challenge')
export class SecondFactorChallenge {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** sha256 of the challenge handed to the client. */
  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
