import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('organization')
export class Organization {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Always an Administrator of the organisation; null only while it is being created. */
  @Column({ name: 'primary_contact_id', type: 'uuid', nullable: true })
  primaryContactId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
