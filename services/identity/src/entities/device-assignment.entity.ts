import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A device assigned to a user as Device Manager. */
@Entity('device_assignment')
@Index('device_assignment_device', ['deviceId'])
export class DeviceAssignment {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'device_id', type: 'uuid' })
  deviceId: string;
}
