import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A response-time alert sent for an order (AT_RISK, then OVERDUE): the SLA watch claims each
 * by inserting it, so every replica may run the watch and the service centre hears it once.
 */
@Entity('service_order_response_alert')
export class ResponseAlert {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @PrimaryColumn({ type: 'text' })
  stage: 'AT_RISK' | 'OVERDUE';

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
