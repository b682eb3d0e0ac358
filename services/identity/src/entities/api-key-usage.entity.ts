import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One API key's traffic on one UTC day, as the gateway counted it (added to, never rewritten). */
@Entity('api_key_usage')
export class ApiKeyUsage {
  @PrimaryColumn({ name: 'api_key_id', type: 'uuid' })
  apiKeyId: string;

  /** YYYY-MM-DD, UTC. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer', default: 0 })
  requests: number;

  /** Requests answered with an error (refused, invalid, or a field that failed). */
  @Column({ type: 'integer', default: 0 })
  errors: number;

  /** Query cost charged to the key's fair-use budget. */
  @Column({ type: 'bigint', default: 0 })
  cost: string;

  /** Requests that used each deprecated field or argument, by its coordinate ("Type.field"). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  deprecated: Record<string, number>;
}
