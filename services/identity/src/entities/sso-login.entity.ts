import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A sign-in sent to the provider and not back yet: state, nonce and PKCE verifier stay here, on
 * the server; single-use, for ten minutes.
 */
@Entity('sso_login')
@Index('sso_login_state', ['stateHash'], { unique: true })
export class SsoLogin {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** sha256 of the state parameter: the callback's state finds the row. */
  @Column({ name: 'state_hash', type: 'text' })
  stateHash: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  nonce: string;

  /** The PKCE code verifier, sealed (secret-box.ts). */
  @Column({ name: 'code_verifier_sealed', type: 'text' })
  codeVerifierSealed: string;

  /** Where the provider sends the browser back; the callback must come from there. */
  @Column({ name: 'redirect_uri', type: 'text' })
  redirectUri: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
