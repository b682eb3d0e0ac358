import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A WebAuthn challenge handed to the browser, single-use, for two minutes. */
@Entity('webauthn_ceremony')
export class WebauthnCeremony {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  kind: 'register' | 'sign-in';

  /** The registering user; for a sign-in, the user of the second-factor challenge, if any. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** A sign-in that answers a password's second-factor challenge (else passwordless). */
  @Column({ name: 'second_factor_challenge_id', type: 'uuid', nullable: true })
  secondFactorChallengeId: string | null;

  /** The WebAuthn challenge, base64url. */
  @Column({ type: 'text' })
  challenge: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
