import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An attempt counted to throttle guessing: a sign-in (kept when it failed), a registration or a
 * re-sent confirmation, under each key it counts against.
 */
@Entity('sign_in_attempt')
@Index('sign_in_attempt_key_at', ['key', 'at'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** e.g. pair:<client address>|<e-mail>, address:<client address>, register-account:<number> */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
