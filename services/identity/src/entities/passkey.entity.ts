import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A WebAuthn credential (passkey) of a user: a second factor, or a sign-in on its own. */
@Entity('passkey')
@Index('passkey_user', ['userId'])
export class Passkey {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The authenticator's credential id, base64url. */
  @Index('passkey_credential_id', { unique: true })
  @Column({ name: 'credential_id', type: 'text' })
  credentialId: string;

  /** COSE public key: public, so stored as it is. */
  @Column({ name: 'public_key', type: 'bytea' })
  publicKey: Buffer;

  /** The authenticator's signature counter (0 for most passkeys). */
  @Column({ type: 'bigint', default: 0 })
  counter: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transports: string[];

  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
