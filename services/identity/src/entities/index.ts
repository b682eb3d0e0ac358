import { Organization } from './organization.entity';
import { Account } from './account.entity';
import { User } from './user.entity';
import { RoleGrant } from './role-grant.entity';
import { DeviceAssignment } from './device-assignment.entity';
import { StockLocationAssignment } from './stock-location-assignment.entity';
import { Session } from './session.entity';
import { DeviceProjection } from './device-projection.entity';

export {
  Organization,
  Account,
  User,
  RoleGrant,
  DeviceAssignment,
  StockLocationAssignment,
  Session,
  DeviceProjection,
};

export const entities = [
  Organization,
  Account,
  User,
  RoleGrant,
  DeviceAssignment,
  StockLocationAssignment,
  Session,
  DeviceProjection,
];
