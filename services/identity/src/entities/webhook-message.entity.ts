import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type WebhookMessageStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/**
 * One event for one endpoint, delivered at least once. The id grows in event-stream order:
 * a message waits while an older one of the same endpoint and aggregate is pending.
 */
@Entity('webhook_message')
@Index('webhook_message_event', ['endpointId', 'eventId'], { unique: true })
@Index('webhook_message_endpoint_newest', ['endpointId', 'id'])
@Index('webhook_message_pending_aggregate', ['endpointId', 'aggregateId', 'id'], {
  where: `status = 'PENDING'`,
})
@Index('webhook_message_due', ['nextAttemptAt'], { where: `status = 'PENDING'` })
export class WebhookMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  /** The domain event it was made from; also the webhook-id receivers deduplicate on. */
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  /** The order, shipment, reading or device it is about: the unit of ordering. */
  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId: string;

  /** The JSON body exactly as sent (signatures cover these bytes). */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', default: 'PENDING' })
  status: WebhookMessageStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** A dispatcher holds it until then (another replica leaves it alone). */
  @Column({ name: 'leased_until', type: 'timestamptz', nullable: true })
  leasedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Retries go on until this plus the retry window: its creation, or a manual redelivery. */
  @Column({ name: 'retry_since', type: 'timestamptz', default: () => 'now()' })
  retrySince: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
