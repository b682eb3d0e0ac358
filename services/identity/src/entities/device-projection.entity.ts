import { Entity, Index } from 'typeorm';
import { DeviceProjectionBase } from '@portal/event-contracts';

/** Devices as the devices subgraph reports them, to check assignments against accounts. */
@Entity('device_projection')
@Index('device_projection_account', ['accountId'])
export class DeviceProjection extends DeviceProjectionBase {}
