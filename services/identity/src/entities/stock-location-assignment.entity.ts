import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A stock location assigned to a user as Stock Manager. */
@Entity('stock_location_assignment')
@Index('stock_location_assignment_location', ['stockLocationId'])
export class StockLocationAssignment {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'stock_location_id', type: 'uuid' })
  stockLocationId: string;
}
