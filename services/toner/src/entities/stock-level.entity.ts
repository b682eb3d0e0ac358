import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StockLocation } from './stock-location.entity';

/**
 * A location's stock of one toner product. The database itself refuses a negative quantity,
 * so no race can ever leave one.
 */
@Entity('stock_level')
@Check('stock_level_quantity_not_negative', '"quantity" >= 0')
@Check('stock_level_minimum_not_negative', '"minimum_level" >= 0')
@Check('stock_level_target_at_least_minimum', '"target_level" >= "minimum_level"')
export class StockLevel {
  @PrimaryColumn({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @ManyToOne(() => StockLocation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id' })
  location?: StockLocation;

  /** The toner product (devices' catalogue; name and colour in toner_product). */
  @PrimaryColumn({ type: 'text' })
  sku: string;

  /** Units on hand. */
  @Column({ type: 'int' })
  quantity: number;

  /** Below this position a toner-low alert orders a replenishment. */
  @Column({ name: 'minimum_level', type: 'int' })
  minimumLevel: number;

  /** A replenishment fills the position up to this. */
  @Column({ name: 'target_level', type: 'int' })
  targetLevel: number;

  /** The last stock count: when and who (principal.actor). */
  @Column({ name: 'counted_at', type: 'timestamptz', nullable: true })
  countedAt: Date | null;

  @Column({ name: 'counted_by', type: 'text', nullable: true })
  countedBy: string | null;
}
