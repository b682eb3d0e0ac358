import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Rollup: a stock location's replenishment of one toner product in a calendar month (UTC),
 * kept in the transaction that creates or delivers a shipment, so that analytics never read
 * the shipments themselves: shipments and units ordered by the month they were created,
 * units delivered by the month they arrived. Rebuilt by `rollups:rebuild`.
 */
@Entity('shipment_month')
@Index('shipment_month_month', ['month', 'locationId'])
export class ShipmentMonth {
  @PrimaryColumn({ name: 'location_id', type: 'uuid' })
  locationId: string;

  /** YYYY-MM-01 */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'text' })
  sku: string;

  @Column({ type: 'int' })
  shipments: number;

  @Column({ name: 'units_ordered', type: 'int' })
  unitsOrdered: number;

  @Column({ name: 'units_delivered', type: 'int' })
  unitsDelivered: number;
}
