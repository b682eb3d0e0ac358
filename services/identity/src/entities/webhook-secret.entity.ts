import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signing secret of an endpoint, sealed (secret-box.ts): signing needs it back. After a
 * rotation the previous one signs too until it expires, so receivers can switch without a gap.
 */
@Entity('webhook_secret')
@Index('webhook_secret_endpoint', ['endpointId'])
export class WebhookSecret {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @Column({ type: 'text' })
  sealed: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** null for the current secret; the end of the overlap for a rotated-out one. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
