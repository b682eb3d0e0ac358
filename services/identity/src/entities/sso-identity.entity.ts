import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A user as its organisation's provider knows it: later sign-ins find the user by subject. */
@Entity('sso_identity')
@Index('sso_identity_user', ['userId'])
export class SsoIdentity {
  @PrimaryColumn({ type: 'text' })
  issuer: string;

  /** The provider's `sub` claim: stable, unlike the e-mail. */
  @PrimaryColumn({ type: 'text' })
  subject: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
