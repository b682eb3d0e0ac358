import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('organization')
@Index('organization_sandbox_creator', ['sandboxCreatorId'])
export class Organization {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Always an Administrator of the organisation; null only while it is being created. */
  @Column({ name: 'primary_contact_id', type: 'uuid', nullable: true })
  primaryContactId: string | null;

  /** A partner's sandbox: generated data to build against, outside the service centre's work. */
  @Column({ type: 'boolean', default: false })
  sandbox: boolean;

  /** The user (of a real organisation) who created the sandbox; null for every other one. */
  @Column({ name: 'sandbox_creator_id', type: 'uuid', nullable: true })
  sandboxCreatorId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
