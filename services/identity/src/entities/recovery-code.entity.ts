import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One of a user's ten single-use recovery codes, kept only as a keyed hash. */
@Entity('recovery_code')
@Index('recovery_code_user', ['userId'])
export class RecoveryCode {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('recovery_code_hash', { unique: true })
  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
