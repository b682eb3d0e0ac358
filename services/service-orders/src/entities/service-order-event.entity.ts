import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceOrderStatus } from './service-order.entity';

/**
 * One line of an order's history: a transition (fromStatus -> toStatus, null fromStatus at
 * creation) or a comment (fromStatus = toStatus). Internal lines are for staff only.
 */
@Entity('service_order_event')
@Index('service_order_event_order', ['orderId', 'id'])
export class ServiceOrderEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** user:<id> or apiKey:<id>, for the audit trail. */
  @Column({ type: 'text' })
  actor: string;

  /** The name shown in the history. */
  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ServiceOrderStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ServiceOrderStatus;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'boolean', default: false })
  internal: boolean;
}
