import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TonerColour } from '@portal/event-contracts';

/**
 * An e-Maintenance toner-low alert that acted: its id is unique within the device's account, so
 * a replay finds it and answers with what the first delivery did instead of acting again. The
 * account scopes the id: another organisation can neither see that an id exists nor pre-claim
 * it (its own alert with that id is a different alert).
 */
@Entity('toner_alert')
@Index('toner_alert_location', ['locationId'])
export class TonerAlert {
  /** The account of the device it was reported for: the namespace of alert ids. */
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /** The alert's own id, as e-Maintenance sent it. */
  @PrimaryColumn({ name: 'alert_id', type: 'text' })
  alertId: string;

  @Column({ name: 'device_id', type: 'uuid' })
  deviceId: string;

  @Column({ type: 'text' })
  colour: TonerColour;

  @Column({ name: 'level_percent', type: 'int' })
  levelPercent: number;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @Column({ type: 'text' })
  sku: string;

  /** Whether a unit was taken from the stock (false: the stock was already empty). */
  @Column({ type: 'boolean' })
  consumed: boolean;

  /** The replenishment it created, if any. */
  @Column({ name: 'shipment_id', type: 'uuid', nullable: true })
  shipmentId: string | null;

  /** Who reported it (principal.actor: the integration's API key, or staff). */
  @Column({ name: 'reported_by', type: 'text' })
  reportedBy: string;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
