import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { BackOfficeCapability } from '@portal/platform';

/**
 * One of the vendor's own systems (billing, contracts): a machine credential with staff
 * capabilities and no person behind it. Service agents create, rotate and revoke it.
 */
@Entity('service_account')
export class ServiceAccount {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', array: true })
  capabilities: BackOfficeCapability[];

  /** sha256 of the secret (256 random bits, so no slow hash is needed). */
  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  /** The staff user who created it. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the secret last changed (rotation); the old secret stops at once. */
  @Column({ name: 'secret_changed_at', type: 'timestamptz' })
  secretChangedAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
