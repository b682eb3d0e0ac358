import { Entity, Index } from 'typeorm';
import { DeviceProjectionBase } from '@portal/event-contracts';

/**
 * Devices as the devices subgraph reports them: which stock location each is linked to, whether
 * it has e-Maintenance and which toners it takes. The index on the snapshot's stockLocationId is
 * an expression the generator cannot write; the migration adds it by hand.
 */
@Entity('device_projection')
@Index('device_projection_account', ['accountId'])
@Index('device_projection_stock_location', { synchronize: false })
export class DeviceProjection extends DeviceProjectionBase {}
