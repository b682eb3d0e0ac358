import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far a consumer has read the event stream. */
@Entity('consumer_offset')
export class ConsumerOffset {
  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @Column({ type: 'bigint', default: '0' })
  position: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
