import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, counted per e-mail and per client address to throttle guessing. */
@Entity('sign_in_attempt')
@Index('sign_in_attempt_key_at', ['key', 'at'])
export class SignInAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** email:<address> or address:<client address> */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
