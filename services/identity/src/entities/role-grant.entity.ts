import { Entity, Index, PrimaryColumn } from 'typeorm';
import type { CustomerRole } from '@portal/platform';

/** A customer role a user holds on one account. */
@Entity('role_grant')
@Index('role_grant_account', ['accountId'])
export class RoleGrant {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @PrimaryColumn({ type: 'text' })
  role: CustomerRole;
}
