import { Entity, Index } from 'typeorm';
import { StockLocationProjectionBase } from '@portal/event-contracts';

/**
 * Stock locations as the toner subgraph reports them: which account each belongs to, so that
 * identity shows a location's managers and a user's assigned locations only to who sees stock.
 */
@Entity('stock_location_projection')
@Index('stock_location_projection_account', ['accountId'])
export class StockLocationProjection extends StockLocationProjectionBase {}
