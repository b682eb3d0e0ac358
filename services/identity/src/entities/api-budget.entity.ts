import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The query-cost budget per minute the service centre gave an organisation's API keys (each key
 * has the whole budget); without a row the gateway's default applies.
 */
@Entity('api_budget')
export class ApiBudget {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'cost_per_minute', type: 'integer' })
  costPerMinute: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** The staff user who set it. */
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;
}
