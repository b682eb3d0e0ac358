import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** How a domain was shown to be the organisation's (docs/security.md: single sign-on). */
export type DomainVerification = 'ADMINISTRATOR_EMAIL' | 'SERVICE_CENTRE';

/** An e-mail domain whose users sign in at the organisation's provider; one organisation each. */
@Entity('sso_domain')
@Index('sso_domain_organization', ['organizationId'])
export class SsoDomain {
  /** Lower case, e.g. nordiskprint.example. */
  @PrimaryColumn({ type: 'text' })
  domain: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'verified_by', type: 'text' })
  verifiedBy: DomainVerification;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
