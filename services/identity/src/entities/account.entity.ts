import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  JoinColumn,
  PrimaryColumn,
} from 'typeorm';
import { Organization } from './organization.entity';

export type CreditStatus = 'GOOD' | 'WATCH' | 'ON_HOLD';

@Entity('account')
@Index('account_organization', ['organizationId'])
export class Account {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'customer_account_number', type: 'text', unique: true })
  customerAccountNumber: string;

  @Column({ name: 'system_account_number', type: 'text', unique: true })
  systemAccountNumber: string;

  @Column({ name: 'credit_status', type: 'text', default: 'GOOD' })
  creditStatus: CreditStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
