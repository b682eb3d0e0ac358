import { Entity, Index } from 'typeorm';
import { DeviceProjectionBase } from '@portal/event-contracts';

/** Devices as the devices subgraph reports them: account, status and contract response time. */
@Entity('device_projection')
@Index('device_projection_account', ['accountId'])
// Partners' sandboxes' few devices, which the service centre's counts leave out.
@Index('device_projection_sandbox', ['deviceId'], { where: `(snapshot->>'sandbox') = 'true'` })
export class DeviceProjection extends DeviceProjectionBase {}
