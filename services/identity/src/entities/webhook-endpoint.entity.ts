import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A partner's HTTPS endpoint that receives one account's events (docs/webhooks.md).
 * The account's Administrators manage it; its secrets are in webhook_secret.
 */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_account', ['accountId'])
export class WebhookEndpoint {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The webhook event types it receives (WebhookEventType). */
  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes: string[];

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** PERSISTENT_FAILURE when the portal disabled it; null when enabled or disabled by hand. */
  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason: string | null;

  /** "user:<id>" or "apiKey:<id>" */
  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
