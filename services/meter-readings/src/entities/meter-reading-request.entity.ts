import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { UserError } from '@portal/platform';

/**
 * The first answer to a submission with an idempotency key, so that a retry with the same key
 * replays it instead of submitting again. Keys are per caller.
 */
@Entity('meter_reading_request')
export class MeterReadingRequest {
  /** user:<id> or apiKey:<id> */
  @PrimaryColumn({ type: 'text' })
  actor: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  /** sha256 of the input as judged (device, date as given, values by meter). */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  /** The accepted reading; null when the first answer was a refusal. */
  @Column({ name: 'reading_id', type: 'uuid', nullable: true })
  readingId: string | null;

  @Column({ name: 'user_errors', type: 'jsonb' })
  userErrors: UserError[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
