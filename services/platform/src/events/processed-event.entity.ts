import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event a consumer has applied; the primary key is what makes consumers idempotent. */
@Entity('processed_event')
export class ProcessedEvent {
  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
