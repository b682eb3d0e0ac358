import { Entity, Index } from 'typeorm';
import { TechnicianAssignmentProjectionBase } from '@portal/event-contracts';

/**
 * Which technician each service order is assigned to, as service orders report it: a
 * technician sees the devices of the orders assigned to it, and no other.
 */
@Entity('technician_assignment_projection')
@Index('technician_assignment_projection_technician', ['technicianId'])
export class TechnicianAssignmentProjection extends TechnicianAssignmentProjectionBase {}
