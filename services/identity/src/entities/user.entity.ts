import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { StaffRole } from '@portal/platform';

export type UserStatus = 'PENDING_CONFIRMATION' | 'ACTIVE' | 'DISABLED';

@Entity('app_user')
// E-mail is unique without regard to case.
@Index('app_user_email', { synchronize: false })
@Index('app_user_organization', ['organizationId'])
export class User {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** null for service-centre staff */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** argon2id, PHC string */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', default: 'PENDING_CONFIRMATION' })
  status: UserStatus;

  @Column({ name: 'staff_role', type: 'text', nullable: true })
  staffRole: StaffRole | null;

  /** da or en: the language of the e-mails we send. */
  @Column({ type: 'text', default: 'da' })
  language: 'da' | 'en';

  /** What the user gave in its profile; free text, null when none. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'email_confirmed_at', type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  /** Grows with every change identity publishes (staff members: events/identity-events.ts). */
  @Column({ type: 'int', default: 0 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
