import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An organisation's OpenID Connect provider: its users of the verified domains sign in there. */
@Entity('sso_connection')
export class SsoConnection {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** The provider's issuer URL (its discovery document is at /.well-known/openid-configuration). */
  @Column({ type: 'text' })
  issuer: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId: string;

  /** AES-256-GCM sealed (secret-box.ts); never returned, only whether it is set. */
  @Column({ name: 'client_secret_sealed', type: 'text', nullable: true })
  clientSecretSealed: string | null;

  /** The organisation's users may not sign in (or reset) with a password. */
  @Column({ name: 'passwords_disabled', type: 'boolean', default: false })
  passwordsDisabled: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
