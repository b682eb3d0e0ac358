import { Entity } from 'typeorm';
import { StaffMemberProjectionBase } from '@portal/event-contracts';

/**
 * The service centre's staff as identity reports them: a visit is scheduled only for an active
 * technician, and customers read the technician's name from here.
 */
@Entity('staff_member_projection')
export class StaffMemberProjection extends StaffMemberProjectionBase {}
