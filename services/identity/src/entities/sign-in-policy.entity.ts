import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How an organisation's users sign in; no row means the defaults. */
@Entity('sign_in_policy')
export class SignInPolicy {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'two_factor_required', type: 'boolean', default: false })
  twoFactorRequired: boolean;
}
