import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A partner integration's key: acts for its organisation with the grants chosen at creation. */
@Entity('api_key')
@Index('api_key_organization', ['organizationId'])
export class ApiKey {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** The Administrator who created it; the key never outgrows that user's grants. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'text' })
  name: string;

  /** sha256 of the secret (256 random bits, so no slow hash is needed). */
  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
