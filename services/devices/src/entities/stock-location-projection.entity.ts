import { Entity } from 'typeorm';
import { StockLocationProjectionBase } from '@portal/event-contracts';

/**
 * Stock locations as the toner subgraph reports them: which account each belongs to, so that a
 * device is linked only to a location its caller may see, on the device's own account.
 */
@Entity('stock_location_projection')
export class StockLocationProjection extends StockLocationProjectionBase {}
