import { Entity, Index } from 'typeorm';
import { DeviceProjectionBase } from '@portal/event-contracts';

/** Devices as the devices subgraph reports them: account, status and contract response time. */
@Entity('device_projection')
@Index('device_projection_account', ['accountId'])
export class DeviceProjection extends DeviceProjectionBase {}
